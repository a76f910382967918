import { model } from "@medusajs/framework/utils"
import type { UploadProductPhotoResult } from "@nongsan/farmer-household/workflows"

/**
 * A buyer's rating (1–5) and words about one delivered order line. The ids are copied from the
 * order at the time of writing so the store can list a product's or a seller's reviews without
 * walking every order; the line is unique: one review per line.
 */
export const Review = model
  .define("review", {
    id: model.id({ prefix: "rev" }).primaryKey(),
    line_item_id: model.text().unique(),
    order_id: model.text(),
    product_id: model.text().index(),
    seller_id: model.text().index(),
    customer_id: model.text().index(),
    // Shown with the review ("Lan T."): a first name and an initial, never the buyer's email.
    author_name: model.text(),
    rating: model.number(),
    body: model.text().nullable(),
    // The buyer's photos, in the order sent: each as the shared photo pipeline stored it (WebP
    // variants with their File Module ids, so they can be deleted with the review).
    photos: model.json<UploadProductPhotoResult[]>().default([]),
    // The seller answers once; the answer is public with the review.
    reply: model.text().nullable(),
    replied_at: model.dateTime().nullable(),
    // The operator hides abuse; a hidden review leaves the store but is kept, with the reason.
    hidden_at: model.dateTime().nullable(),
    hidden_reason: model.text().nullable(),
    hidden_by: model.text().nullable(),
  })
  .checks([{ name: "review_rating_range", expression: (columns) => `${columns.rating} between 1 and 5` }])
