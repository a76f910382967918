import { defineMiddlewares } from "@medusajs/framework/http"
import express from "express"
import { UPLOADS_PATH, uploadsDir, usesS3 } from "../config"
import { nongsanErrorHandler } from "./error-handler"
import { storeProductPageMiddlewares } from "./store/product-pages/middlewares"
import { storeSearchMiddlewares } from "./store/search/middlewares"
import { vietnameseRefusals } from "./vietnamese-refusals"

// Medusa serves only its own static/ folder; the local file provider writes to .data/uploads,
// so those files are served here. File names carry a random id and never change: cache them
// for good. nosniff and the sandbox keep an uploaded file from ever running as a page.
const serveUploads = express.static(uploadsDir(process.env, process.cwd()), {
  immutable: true,
  maxAge: "365d",
  index: false,
  setHeaders: (res) => {
    res.setHeader("X-Content-Type-Options", "nosniff")
    res.setHeader("Content-Security-Policy", "default-src 'none'; sandbox")
  },
})

export default defineMiddlewares({
  errorHandler: nongsanErrorHandler,
  routes: [
    // Runs before every route's own middlewares (Medusa sorts "*" first), so the refusals of
    // authenticate("customer" | "seller") speak Vietnamese too; /admin's login check runs earlier.
    { matcher: "*", middlewares: [vietnameseRefusals] },
    ...storeSearchMiddlewares,
    ...storeProductPageMiddlewares,
    ...(usesS3(process.env) ? [] : [{ matcher: UPLOADS_PATH, middlewares: [serveUploads] }]),
  ],
})
