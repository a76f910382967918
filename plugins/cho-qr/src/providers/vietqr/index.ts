import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { VietQrTransferProviderService } from "./service"

export default ModuleProvider(Modules.PAYMENT, { services: [VietQrTransferProviderService] })
