export * from "./seller/workflows/create-sellers"
export * from "./order-group/workflows/complete-cart-into-seller-orders"
