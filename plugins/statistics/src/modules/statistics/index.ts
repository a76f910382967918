import { Module } from "@medusajs/framework/utils"
import StatisticsModuleService from "./service"

export const STATISTICS_MODULE = "statistics"
export type { StatisticsModuleService }

export default Module(STATISTICS_MODULE, { service: StatisticsModuleService })
