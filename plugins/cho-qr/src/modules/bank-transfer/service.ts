import { MedusaService } from "@medusajs/framework/utils"
import { BankNotification } from "./models/bank-notification"
import { TransferRequest } from "./models/transfer-request"

export default class BankTransferModuleService extends MedusaService({ TransferRequest, BankNotification }) {}
