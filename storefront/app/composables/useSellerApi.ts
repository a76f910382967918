import type { FetchError } from "ofetch"
import type {
  ProductInput,
  RegisterSellerInput,
  Seller,
  SellerNotification,
  SellerOrder,
  SellerOrderAction,
  SellerOrderStage,
  SellerProduct,
  UploadedPhoto,
  VariantInput,
} from "~/types/seller"
import type { OcopCertificateInput, OcopScan, SellerOcopCertificate } from "~/types/ocop"
import { issuesByField, localizedMessage, type ApiIssue } from "~/utils/api-errors"

/** An answer from Medusa that is not a success, worded for the page's language. */
export class SellerApiError extends Error {
  constructor(
    message: string,
    public status: number,
    /** Field path → message ("phone", "variants.0.price"); "_" for the form as a whole. */
    public fields: Record<string, string> = {},
    public raw?: unknown
  ) {
    super(message)
  }
}

type Options = {
  method?: "GET" | "POST" | "DELETE"
  body?: unknown
  query?: Record<string, unknown>
  token?: string | null
  publishable?: boolean
  /** "blob" for images (QR labels); JSON otherwise. */
  responseType?: "json" | "blob"
}

/**
 * The seller API from the browser: Medusa's /auth/seller/*, /store/sellers and /seller/*, with
 * the session's bearer token. A 401 on a signed-in call ends the session and goes to the login
 * page, so an expired token never leaves a page half-working.
 */
export function useSellerApi() {
  const config = useRuntimeConfig()
  const store = useSellerStore()
  const router = useRouter()
  const localePath = useLocalePath()
  const { t, locale } = useI18n()
  const baseURL = config.public.medusaUrl

  function toError(error: unknown): SellerApiError {
    const e = error as FetchError<{ message?: string; issues?: ApiIssue[] }>
    const status = e?.response?.status ?? e?.statusCode ?? 0
    if (!status) return new SellerApiError(t("seller.errors.network"), 0, {}, error)
    const data = e.data
    const fields = issuesByField(data?.issues, locale.value)
    const message = data?.issues?.length ? t("seller.errors.fixFields") : localizedMessage(data?.message ?? t("seller.errors.unknown"), locale.value)
    return new SellerApiError(message, status, fields, data)
  }

  async function request<T>(path: string, opts: Options = {}): Promise<T> {
    const headers: Record<string, string> = {}
    const token = opts.token === undefined ? store.token : opts.token
    if (token) headers.authorization = `Bearer ${token}`
    if (opts.publishable) headers["x-publishable-api-key"] = config.public.medusaPublishableKey
    try {
      return await $fetch<T>(path, {
        baseURL,
        method: opts.method ?? "GET",
        body: opts.body as Record<string, unknown>,
        query: opts.query,
        headers,
        responseType: opts.responseType ?? "json",
      })
    } catch (error) {
      const apiError = toError(error)
      if (apiError.status === 401 && opts.token === undefined && store.token) {
        store.logout()
        await router.push({ path: localePath("/kenh-nguoi-ban/dang-nhap"), query: { reason: "expired", next: router.currentRoute.value.fullPath } })
      }
      throw apiError
    }
  }

  /**
   * One file as multipart to a /seller route, with upload progress (0–1): XMLHttpRequest, since
   * fetch cannot report upload progress. `pick` finds the result in the answer.
   */
  function upload<Body, T>(
    path: string,
    field: string,
    file: Blob,
    fallbackName: string,
    onProgress: (fraction: number) => void,
    pick: (body: Body) => T | undefined,
    messages: { failed: string; unavailable: string }
  ): Promise<T> {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest()
      xhr.open("POST", `${baseURL}${path}`)
      if (store.token) xhr.setRequestHeader("authorization", `Bearer ${store.token}`)
      xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total)
      xhr.onerror = () => reject(new SellerApiError(t("seller.errors.network"), 0))
      xhr.onload = () => {
        let body = {} as Body & { message?: string }
        try {
          body = JSON.parse(xhr.responseText)
        } catch {
          // Not JSON (an HTML 404 page, say).
        }
        const result = xhr.status >= 200 && xhr.status < 300 ? pick(body) : undefined
        if (result) {
          onProgress(1)
          resolve(result)
        } else if (xhr.status === 404) {
          reject(new SellerApiError(messages.unavailable, 404))
        } else {
          reject(new SellerApiError(body.message ? localizedMessage(body.message, locale.value) : messages.failed, xhr.status))
        }
      }
      const form = new FormData()
      form.append(field, file, file instanceof File ? file.name : fallbackName)
      xhr.send(form)
    })
  }

  return {
    /** Any /seller call with the session's token and error handling (used by each area's own API composable). */
    request,
    /** A token for an identifier (phone or email) and password; the backend normalises phones. */
    login: (identifier: string, password: string) =>
      request<{ token: string }>("/auth/seller/emailpass", { method: "POST", body: { email: identifier, password }, token: null }),
    /** A new auth identity; its token may only create the seller (POST /store/sellers). */
    registerIdentity: (identifier: string, password: string) =>
      request<{ token: string }>("/auth/seller/emailpass/register", { method: "POST", body: { email: identifier, password }, token: null }),
    createSeller: (registrationToken: string, seller: RegisterSellerInput) =>
      request<{ seller: Seller }>("/store/sellers", { method: "POST", body: seller, token: registrationToken, publishable: true }),

    me: () => request<{ seller: Seller; member_id: string }>("/seller/me"),
    updateMe: (update: Record<string, unknown>) => request<{ seller: Seller }>("/seller/me", { method: "POST", body: update }),

    listProducts: (limit = 20, offset = 0) =>
      request<{ products: SellerProduct[]; count: number }>("/seller/products", { query: { limit, offset } }),
    getProduct: (id: string) => request<{ product: SellerProduct }>(`/seller/products/${id}`),
    createProduct: (product: ProductInput & { variants: VariantInput[] }) =>
      request<{ product: SellerProduct }>("/seller/products", { method: "POST", body: product }),
    updateProduct: (id: string, update: Partial<ProductInput>) =>
      request<{ product: SellerProduct }>(`/seller/products/${id}`, { method: "POST", body: update }),
    deleteProduct: (id: string) => request<{ deleted: boolean }>(`/seller/products/${id}`, { method: "DELETE" }),
    addVariant: (id: string, variant: VariantInput) =>
      request<{ product: SellerProduct }>(`/seller/products/${id}/variants`, { method: "POST", body: variant }),
    updateVariant: (id: string, variantId: string, update: Partial<VariantInput>) =>
      request<{ product: SellerProduct }>(`/seller/products/${id}/variants/${variantId}`, { method: "POST", body: update }),
    deleteVariant: (id: string, variantId: string) =>
      request<{ product: SellerProduct }>(`/seller/products/${id}/variants/${variantId}`, { method: "DELETE" }),

    listOrders: (stage?: SellerOrderStage) =>
      request<{ orders: SellerOrder[]; counts: Record<SellerOrderStage, number> }>("/seller/orders", { query: stage ? { stage } : {} }),
    /** accept, pack, ship ({carrier, tracking_number}), deliver, cancel ({reason}). */
    orderAction: (id: string, action: SellerOrderAction, body: Record<string, unknown> = {}) =>
      request<{ order: SellerOrder }>(`/seller/orders/${id}/${action}`, { method: "POST", body }),
    listNotifications: (limit = 5) =>
      request<{ notifications: SellerNotification[]; count: number }>("/seller/notifications", { query: { limit } }),

    /** One photo to POST /seller/photos, with upload progress (0–1). */
    uploadPhoto: (file: Blob, onProgress: (fraction: number) => void) =>
      upload<{ photos?: UploadedPhoto[] }, UploadedPhoto>("/seller/photos", "files", file, "photo.jpg", onProgress, (b) => b.photos?.[0], {
        failed: t("seller.photos.failed"),
        unavailable: t("seller.photos.unavailable"),
      }),

    listOcopCertificates: () => request<{ certificates: SellerOcopCertificate[]; count: number }>("/seller/ocop-certificates"),
    submitOcopCertificate: (certificate: OcopCertificateInput) =>
      request<{ certificate: SellerOcopCertificate }>("/seller/ocop-certificates", { method: "POST", body: certificate }),
    resubmitOcopCertificate: (id: string, corrections: Partial<OcopCertificateInput>) =>
      request<{ certificate: SellerOcopCertificate }>(`/seller/ocop-certificates/${id}/resubmit`, { method: "POST", body: corrections }),
    /** The verification page's QR (needs the token, so it is fetched, then shown from a blob). */
    ocopQr: (id: string, format: "svg" | "png") =>
      $fetch<Blob>(`/seller/ocop-certificates/${id}/qr`, {
        baseURL,
        query: { format },
        responseType: "blob",
        headers: store.token ? { authorization: `Bearer ${store.token}` } : {},
      }),
    /** A certificate's scan (a camera photo or a PDF) to POST /seller/ocop-certificates/scans. */
    uploadOcopScan: (file: Blob, onProgress: (fraction: number) => void) =>
      upload<{ scan?: OcopScan }, OcopScan>("/seller/ocop-certificates/scans", "file", file, "scan", onProgress, (b) => b.scan, {
        failed: t("seller.ocop.scanFailed"),
        unavailable: t("seller.ocop.scanFailed"),
      }),
  }
}

let inflight: Promise<void> | null = null

/**
 * The signed-in seller's profile, loaded once per session and shared by every dashboard page
 * (header, home, profile). `refresh()` reloads it; calls at the same time share one request.
 */
export function useSellerMe() {
  const store = useSellerStore()
  const api = useSellerApi()
  const error = ref<SellerApiError | null>(null)
  function refresh(): Promise<void> {
    inflight ??= api
      .me()
      .then(({ seller, member_id }) => store.setMe(seller, member_id))
      .catch((e) => {
        error.value = e as SellerApiError
      })
      .finally(() => (inflight = null))
    return inflight
  }
  if (import.meta.client && store.token && !store.seller) refresh()
  return { seller: computed(() => store.seller), error, refresh }
}
