import { MedusaService } from "@medusajs/framework/utils"
import { Seller } from "./models/seller"

export default class SellerModuleService extends MedusaService({ Seller }) {}
