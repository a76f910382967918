export * from "./seller/workflows/create-sellers"
export * from "./photo/workflows/upload-product-photo"
