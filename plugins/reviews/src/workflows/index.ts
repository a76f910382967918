export * from "./review/events"
export * from "./review/workflows/create-review"
export * from "./review/workflows/reply-to-review"
export * from "./review/workflows/hide-review"
