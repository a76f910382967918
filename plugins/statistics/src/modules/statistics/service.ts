import { MedusaService } from "@medusajs/framework/utils"
import { OcopCertifiedCount } from "./models/ocop-certified-count"

export default class StatisticsModuleService extends MedusaService({ OcopCertifiedCount }) {}
