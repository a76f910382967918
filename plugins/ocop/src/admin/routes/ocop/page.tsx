import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Tabs, Text, Textarea, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"

type AuditEntry = {
  id: string
  action: string
  actor_type: string
  actor_name: string | null
  to_status: string
  reason: string | null
  changes: Record<string, [unknown, unknown]> | null
  created_at: string
}

type Certificate = {
  id: string
  code: string
  status: string
  status_reason: string | null
  valid: boolean
  stars: number
  product_group: string
  decision_number: string
  issuing_authority: string
  level: string
  decision_date: string
  expires_on: string
  scan: { url: string; mime_type: string }
  products: { id: string; title: string; handle: string; status: string }[]
  seller: { id: string; name: string; handle: string; status: string; province: string | null; commune: string | null; phone: string | null } | null
  verification_url: string | null
  created_at: string
  audit?: AuditEntry[]
}

const STATUS_LABEL: Record<string, string> = {
  submitted: "Chờ xác minh / Submitted",
  verified: "Đã xác minh / Verified",
  rejected: "Từ chối / Rejected",
  revoked: "Thu hồi / Revoked",
  expired: "Hết hạn / Expired",
}
const STATUS_COLOR: Record<string, "orange" | "green" | "red" | "grey"> = {
  submitted: "orange",
  verified: "green",
  rejected: "red",
  revoked: "red",
  expired: "grey",
}
const GROUP_LABEL: Record<string, string> = {
  food: "Thực phẩm / Food",
  beverage: "Đồ uống / Beverages",
  herbal: "Thảo dược / Medicinal herbs",
  handicraft: "Thủ công mỹ nghệ / Handicrafts",
  ornamental: "Sinh vật cảnh / Ornamental plants and animals",
  tourism: "Du lịch cộng đồng, sinh thái, điểm du lịch / Community tourism",
}
const LEVEL_LABEL: Record<string, string> = { province: "Cấp tỉnh / Province", ministry: "Cấp Bộ (quốc gia) / Ministry" }
const ACTION_LABEL: Record<string, string> = {
  submit: "Gửi / Submitted",
  resubmit: "Gửi lại / Resubmitted",
  verify: "Xác minh / Verified",
  reject: "Từ chối / Rejected",
  revoke: "Thu hồi / Revoked",
  expire: "Hết hạn / Expired",
}
const ACTOR_LABEL: Record<string, string> = { seller: "Người bán / Seller", user: "Quản trị / Operator", system: "Hệ thống / System" }

/** What the operator may do from each status; reject and revoke need a reason the seller reads. */
const ACTIONS: Record<string, { action: string; label: string; needsReason: boolean; variant: "primary" | "danger" }[]> = {
  submitted: [
    { action: "verify", label: "Xác minh / Verify", needsReason: false, variant: "primary" },
    { action: "reject", label: "Từ chối / Reject", needsReason: true, variant: "danger" },
  ],
  verified: [{ action: "revoke", label: "Thu hồi / Revoke", needsReason: true, variant: "danger" }],
}

const stars = (n: number) => "★".repeat(n)
const formatDate = (iso: string) => iso.split("-").reverse().join("/")
const formatTime = (iso: string) => new Date(iso).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" })

async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(path, { credentials: "include", headers: { "content-type": "application/json" }, ...init })
  const body = await res.json()
  if (!res.ok) throw new Error(body.message ?? "Không thực hiện được / Failed")
  return body
}

/** The scan beside the fields: an image shown whole, a PDF embedded with a link to open it. */
const Scan = ({ scan }: { scan: Certificate["scan"] }) =>
  scan.mime_type === "application/pdf" ? (
    <div className="flex h-full flex-col gap-2">
      <object data={scan.url} type="application/pdf" className="min-h-[70vh] w-full rounded-md border">
        <Text size="small">Trình duyệt không hiển thị được PDF / The browser cannot show the PDF.</Text>
      </object>
      <a href={scan.url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive text-sm">
        Mở PDF trong thẻ mới / Open the PDF in a new tab
      </a>
    </div>
  ) : (
    <a href={scan.url} target="_blank" rel="noreferrer" title="Mở ảnh gốc / Open the full image">
      <img src={scan.url} alt="Bản chụp chứng nhận / Certificate scan" className="w-full rounded-md border" />
    </a>
  )

const Field = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div className="grid grid-cols-[11rem_1fr] gap-2 py-1">
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small">{children}</Text>
  </div>
)

const CertificateDetail = ({ id, onChanged }: { id: string; onChanged: () => void }) => {
  const [cert, setCert] = useState<Certificate | null>(null)
  const [reason, setReason] = useState("")
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    setCert(null)
    setReason("")
    api<{ certificate: Certificate }>(`/admin/ocop-certificates/${id}`).then((b) => setCert(b.certificate), (e) => toast.error(e.message))
  }, [id])

  const act = async (action: string) => {
    setBusy(true)
    try {
      const body = await api<{ certificate: Certificate }>(`/admin/ocop-certificates/${id}/${action}`, {
        method: "POST",
        body: JSON.stringify(action === "verify" ? {} : { reason }),
      })
      setCert(body.certificate)
      setReason("")
      toast.success(`${body.certificate.code}: ${STATUS_LABEL[body.certificate.status]}`)
      onChanged()
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  if (!cert) return <Text size="small" className="p-6">Đang tải… / Loading…</Text>
  const actions = ACTIONS[cert.status] ?? []
  return (
    <div className="grid gap-6 p-6 lg:grid-cols-2">
      <Scan scan={cert.scan} />
      <div className="flex flex-col gap-4">
        <div className="flex items-center gap-2">
          <Heading level="h2">
            OCOP {stars(cert.stars)} · {cert.code}
          </Heading>
          <Badge color={STATUS_COLOR[cert.status]}>{STATUS_LABEL[cert.status]}</Badge>
          {cert.status === "verified" && !cert.valid && <Badge color="grey">Quá hạn / Past its date</Badge>}
        </div>
        {cert.status_reason && <Text size="small">Lý do / Reason: {cert.status_reason}</Text>}
        <div className="divide-y">
          <Field label="Số sao / Stars">{cert.stars}</Field>
          <Field label="Nhóm sản phẩm / Group">{GROUP_LABEL[cert.product_group] ?? cert.product_group}</Field>
          <Field label="Số quyết định / Decision no.">{cert.decision_number}</Field>
          <Field label="Cơ quan cấp / Issued by">{cert.issuing_authority}</Field>
          <Field label="Cấp / Level">{LEVEL_LABEL[cert.level] ?? cert.level}</Field>
          <Field label="Ngày quyết định / Decision date">{formatDate(cert.decision_date)}</Field>
          <Field label="Hiệu lực đến / Valid until">{formatDate(cert.expires_on)}</Field>
          <Field label="Người bán / Seller">
            {cert.seller ? `${cert.seller.name} · ${[cert.seller.commune, cert.seller.province].filter(Boolean).join(", ")} · ${cert.seller.phone ?? ""}` : "—"}
          </Field>
          <Field label="Sản phẩm / Products">
            {cert.products.map((p) => (
              <a key={p.id} href={`/app/products/${p.id}`} className="text-ui-fg-interactive mr-3">
                {p.title}
              </a>
            ))}
          </Field>
          {cert.verification_url && (
            <Field label="Trang xác minh / Public page">
              <a href={cert.verification_url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive">
                {cert.verification_url}
              </a>
            </Field>
          )}
        </div>
        {actions.length > 0 && (
          <div className="flex flex-col gap-2">
            {actions.some((a) => a.needsReason) && (
              <Textarea
                placeholder="Lý do từ chối hoặc thu hồi (người bán sẽ đọc) / Reason to reject or revoke (the seller reads it)"
                aria-label="Lý do / Reason"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            )}
            <div className="flex gap-2">
              {actions.map((a) => (
                <Button key={a.action} variant={a.variant} isLoading={busy} disabled={a.needsReason && !reason.trim()} onClick={() => act(a.action)}>
                  {a.label}
                </Button>
              ))}
            </div>
          </div>
        )}
        <div>
          <Heading level="h3" className="mb-2">
            Lịch sử / Audit trail
          </Heading>
          <ol className="flex flex-col gap-2">
            {(cert.audit ?? []).map((a) => (
              <li key={a.id}>
                <Text size="small" weight="plus">
                  {ACTION_LABEL[a.action] ?? a.action} · {formatTime(a.created_at)}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {ACTOR_LABEL[a.actor_type]}
                  {a.actor_name ? `: ${a.actor_name}` : ""}
                  {a.reason ? ` · ${a.reason}` : ""}
                  {a.changes ? ` · ${Object.keys(a.changes).join(", ")}` : ""}
                </Text>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </div>
  )
}

/** The operator's OCOP queue: the scan beside the fields, verify or reject; revoke verified ones. */
const OcopPage = () => {
  const [status, setStatus] = useState("submitted")
  const [certificates, setCertificates] = useState<Certificate[]>([])
  const [count, setCount] = useState(0)
  const [selected, setSelected] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)

  const load = useCallback(async () => {
    setLoading(true)
    try {
      const body = await api<{ certificates: Certificate[]; count: number }>(`/admin/ocop-certificates?status=${status}&limit=100`)
      setCertificates(body.certificates)
      setCount(body.count)
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setLoading(false)
    }
  }, [status])

  useEffect(() => {
    setSelected(null)
    load()
  }, [load])

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Chứng nhận OCOP / OCOP certificates</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Đối chiếu bản chụp với thông tin người bán khai, rồi xác minh hoặc từ chối. / Compare the scan with what the seller entered, then
          verify or reject.
        </Text>
      </div>
      <div className="px-6 py-4">
        <Tabs value={status} onValueChange={setStatus}>
          <Tabs.List>
            {Object.keys(STATUS_LABEL).map((s) => (
              <Tabs.Trigger key={s} value={s}>
                {STATUS_LABEL[s]}
                {s === status ? ` (${count})` : ""}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
      </div>
      <div className="grid lg:grid-cols-[22rem_1fr]">
        <ul className="divide-y border-r">
          {certificates.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                onClick={() => setSelected(c.id)}
                className={`w-full px-6 py-3 text-left ${selected === c.id ? "bg-ui-bg-highlight" : "hover:bg-ui-bg-subtle-hover"}`}
              >
                <Text size="small" weight="plus">
                  {stars(c.stars)} {c.products.map((p) => p.title).join(", ")}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {c.seller?.name} · {c.decision_number} · {formatTime(c.created_at)}
                </Text>
              </button>
            </li>
          ))}
          {!loading && certificates.length === 0 && (
            <li className="px-6 py-4">
              <Text size="small">Không có chứng nhận nào / No certificates</Text>
            </li>
          )}
        </ul>
        <div>
          {selected ? (
            <CertificateDetail id={selected} onChanged={load} />
          ) : (
            <Text size="small" className="text-ui-fg-subtle p-6">
              Chọn một chứng nhận để xem bản chụp / Choose a certificate to see its scan
            </Text>
          )}
        </div>
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "OCOP", icon: ShieldCheck })

export default OcopPage
