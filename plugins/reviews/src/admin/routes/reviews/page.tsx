import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"

type Review = {
  id: string
  rating: number
  body: string | null
  photos: { url: string; variants: { url: string }[] }[]
  author_name: string
  reply: string | null
  product_id: string
  seller_id: string
  hidden_at: string | null
  hidden_reason: string | null
  created_at: string
}

const formatTime = (iso: string) => new Date(iso).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" })

async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(path, { credentials: "include", headers: { "content-type": "application/json" }, ...init })
  const body = await res.json()
  if (!res.ok) throw new Error(body.message ?? "Không thực hiện được / Failed")
  return body
}

/** One review with, until it is hidden, the reason field and the button that hides it. */
const ReviewRow = ({ review, onHidden }: { review: Review; onHidden: () => void }) => {
  const [reason, setReason] = useState("")
  const [busy, setBusy] = useState(false)
  const hide = async () => {
    setBusy(true)
    try {
      await api(`/admin/reviews/${review.id}/hide`, { method: "POST", body: JSON.stringify({ reason }) })
      toast.success("Đã ẩn đánh giá / Review hidden")
      onHidden()
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <li className="flex flex-col gap-2 px-6 py-4">
      <div className="flex items-center gap-2">
        <Text weight="plus">{"★".repeat(review.rating)}</Text>
        <Text size="small">{review.author_name}</Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {formatTime(review.created_at)}
        </Text>
        {review.hidden_at && <Badge color="red">Đã ẩn / Hidden</Badge>}
      </div>
      {review.body && <Text size="small">{review.body}</Text>}
      {review.photos.length > 0 && (
        <div className="flex gap-2">
          {review.photos.map((photo, i) => (
            <a key={photo.url} href={photo.url} target="_blank" rel="noreferrer">
              <img src={photo.variants[0]?.url ?? photo.url} alt={`Ảnh ${i + 1} / Photo ${i + 1}`} className="h-16 w-16 rounded object-cover" loading="lazy" />
            </a>
          ))}
        </div>
      )}
      {review.reply && (
        <Text size="small" className="text-ui-fg-subtle">
          Nhà vườn trả lời / Farm replied: {review.reply}
        </Text>
      )}
      {review.hidden_at ? (
        <Text size="small">Lý do / Reason: {review.hidden_reason}</Text>
      ) : (
        <div className="flex gap-2">
          <Input size="small" placeholder="Lý do ẩn / Reason to hide" value={reason} onChange={(e) => setReason(e.target.value)} />
          <Button size="small" variant="danger" disabled={busy || reason.trim().length < 3} onClick={hide}>
            Ẩn / Hide
          </Button>
        </div>
      )}
    </li>
  )
}

/** The operator's moderation queue: every review, newest first; abuse is hidden with a reason. */
const ReviewsPage = () => {
  const [reviews, setReviews] = useState<Review[]>([])
  const load = useCallback(() => {
    api<{ reviews: Review[] }>("/admin/reviews?limit=50").then((b) => setReviews(b.reviews), (e) => toast.error(e.message))
  }, [])
  useEffect(load, [load])
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Đánh giá / Reviews</Heading>
      </div>
      <ul className="divide-y">
        {reviews.map((r) => (
          <ReviewRow key={r.id} review={r} onHidden={load} />
        ))}
        {reviews.length === 0 && (
          <li className="px-6 py-4">
            <Text size="small">Chưa có đánh giá nào / No reviews yet</Text>
          </li>
        )}
      </ul>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Đánh giá / Reviews", icon: ChatBubbleLeftRight })

export default ReviewsPage
