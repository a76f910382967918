import type { MiddlewareRoute } from "@medusajs/framework/http"
import { receivePhotos } from "../../../lib/photos/receive-photos"

export const MAX_PHOTOS_PER_UPLOAD = 6

export const sellerPhotoMiddlewares: MiddlewareRoute[] = [
  { matcher: "/seller/photos", method: ["POST"], bodyParser: false, middlewares: [receivePhotos({ maxFiles: MAX_PHOTOS_PER_UPLOAD })] },
]
