import { MedusaService } from "@medusajs/framework/utils"
import { Market } from "./models/market"
import { Stall } from "./models/stall"
import { StallDayClose } from "./models/stall-day-close"
import { StallLedgerEntry } from "./models/stall-ledger-entry"
import { StallSale } from "./models/stall-sale"

export default class MarketModuleService extends MedusaService({ Market, Stall, StallLedgerEntry, StallSale, StallDayClose }) {}
