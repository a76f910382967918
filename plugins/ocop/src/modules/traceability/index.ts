import { Module } from "@medusajs/framework/utils"
import TraceabilityModuleService from "./service"

export const TRACEABILITY_MODULE = "traceability"
export type { TraceabilityModuleService }

export default Module(TRACEABILITY_MODULE, { service: TraceabilityModuleService })
