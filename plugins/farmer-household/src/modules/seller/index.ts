import { Module } from "@medusajs/framework/utils"
import SellerModuleService from "./service"

export const SELLER_MODULE = "seller"
export type { SellerModuleService }

export default Module(SELLER_MODULE, { service: SellerModuleService })
