export * from "./seller/workflows/create-sellers"
