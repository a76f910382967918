import { Module } from "@medusajs/framework/utils"
import OcopModuleService from "./service"

export const OCOP_MODULE = "ocop"
export type { OcopModuleService }

export default Module(OCOP_MODULE, { service: OcopModuleService })
