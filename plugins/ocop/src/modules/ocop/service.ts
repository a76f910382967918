import { MedusaService } from "@medusajs/framework/utils"
import { OcopCertificate } from "./models/ocop-certificate"
import { OcopCertificateAudit } from "./models/ocop-certificate-audit"

export default class OcopModuleService extends MedusaService({ OcopCertificate, OcopCertificateAudit }) {}
