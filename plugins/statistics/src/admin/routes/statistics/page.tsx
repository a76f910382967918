import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Button, Container, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState, type FormEvent } from "react"
import type { Figures as ComputedFigures } from "../../../lib/figures/compute-figures"

/** What GET /admin/statistics answers: the figures unsuppressed, and the datasets' titles. */
type Figures = ComputedFigures & { datasets: { id: string; title: { vi: string; en: string } }[] }

const TYPE_LABEL: Record<string, string> = { household: "Hộ sản xuất / Household", cooperative: "HTX / Cooperative", enterprise: "Doanh nghiệp / Enterprise" }
const STATUS_LABEL: Record<string, string> = { pending: "Chờ duyệt / Pending", approved: "Đã duyệt / Approved", rejected: "Từ chối / Rejected", suspended: "Tạm ngưng / Suspended" }
const vnd = (n: number) => `${n.toLocaleString("vi-VN")} ₫`
const percent = (share: number | null) => (share === null ? "—" : `${Math.round(share * 1000) / 10}%`)
const place = (province: string | null) => province ?? "Không rõ / Unknown"

async function api(path: string, init?: RequestInit) {
  const res = await fetch(path, { credentials: "include", headers: { "content-type": "application/json" }, ...init })
  const body = await res.json()
  if (!res.ok) throw new Error(body.message ?? res.statusText)
  return body
}

/** Plain table for the sections below: a header row and rows of cells. */
function Grid({ head, rows }: { head: string[]; rows: (string | number)[][] }) {
  return (
    <Table>
      <Table.Header>
        <Table.Row>{head.map((h) => <Table.HeaderCell key={h}>{h}</Table.HeaderCell>)}</Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((r, i) => (
          <Table.Row key={i}>{r.map((c, j) => <Table.Cell key={j}>{c}</Table.Cell>)}</Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4"><Heading level="h2">{title}</Heading></div>
      <div className="overflow-x-auto px-6 py-4">{children}</div>
    </Container>
  )
}

/** The operator enters the province's own count of OCOP-certified products for a year. */
function CertifiedCountForm({ year, onSaved }: { year: number; onSaved: () => void }) {
  const [province, setProvince] = useState("")
  const [count, setCount] = useState("")
  const [source, setSource] = useState("")
  const save = async (e: FormEvent) => {
    e.preventDefault()
    try {
      await api("/admin/statistics/certified-counts", { method: "POST", body: JSON.stringify({ province, year, certified_count: Number(count), source: source || null }) })
      toast.success("Đã lưu / Saved")
      setCount("")
      onSaved()
    } catch (err) {
      toast.error((err as Error).message)
    }
  }
  return (
    <form onSubmit={save} className="flex flex-wrap items-end gap-2">
      <Input placeholder="Tỉnh, thành phố / Province" value={province} onChange={(e) => setProvince(e.target.value)} required />
      <Input type="number" min={0} placeholder={`Số SP chứng nhận ${year} / Certified ${year}`} value={count} onChange={(e) => setCount(e.target.value)} required />
      <Input placeholder="Nguồn (số báo cáo) / Source" value={source} onChange={(e) => setSource(e.target.value)} />
      <Button type="submit">Lưu / Save</Button>
    </form>
  )
}

const StatisticsPage = () => {
  const [figures, setFigures] = useState<Figures | null>(null)
  const load = useCallback(() => api("/admin/statistics").then(setFigures, (err: Error) => toast.error(err.message)), [])
  useEffect(() => void load(), [load])
  if (!figures) return <Container><Text>Đang tải… / Loading…</Text></Container>

  const year = Number(figures.today.slice(0, 4))
  const month = figures.today.slice(0, 7)
  return (
    <div className="flex flex-col gap-y-3">
      <Container>
        <Heading>Thống kê / Statistics</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Số liệu đầy đủ, không ẩn ô nhỏ (dữ liệu mở ẩn các ô từ 1 đến 4). Cập nhật mỗi 5 phút. / Full figures, no cells suppressed (open data hides
          cells of 1 to 4). Refreshed every 5 minutes.
        </Text>
        <div className="mt-2 flex flex-wrap gap-3">
          {figures.datasets.map((d) => (
            <a key={d.id} className="text-ui-fg-interactive text-sm" href={`/open-data/v1/${d.id}.csv`}>{d.title.vi} (CSV)</a>
          ))}
        </div>
      </Container>
      <Section title="Người bán theo tỉnh / Sellers by province">
        <Grid head={["Tỉnh / Province", "Loại / Type", "Số người bán / Sellers"]} rows={figures.sellers.map((r) => [place(r.province), TYPE_LABEL[r.seller_type] ?? r.seller_type, r.sellers])} />
      </Section>
      <Section title={`Sản phẩm và OCOP / Products and OCOP (${year})`}>
        <Grid
          head={["Tỉnh / Province", "Đang bán / Online", "OCOP", "3★", "4★", "5★", "Được chứng nhận / Certified", "Tỷ lệ lên sàn / Listed share"]}
          rows={figures.products.map((r) => [place(r.province), r.products_online, r.ocop_products_online, r.ocop_3_stars, r.ocop_4_stars, r.ocop_5_stars, r.ocop_certified ?? "—", percent(r.ocop_listed_share)])}
        />
        <div className="mt-4"><CertifiedCountForm year={year} onSaved={load} /></div>
      </Section>
      <Section title="Đơn hàng theo tỉnh và tháng / Orders by province and month">
        <Grid
          head={["Tháng / Month", "Chiều / Side", "Tỉnh / Province", "Đơn / Orders", "Doanh số / Sales"]}
          rows={figures.orders.map((r) => [r.month, r.side === "origin" ? "Tỉnh đi / Origin" : "Tỉnh đến / Destination", place(r.province), r.orders, vnd(r.sales_vnd)])}
        />
      </Section>
      <Section title={`Chợ 4.0 tháng ${month} / Markets in ${month}`}>
        <Grid
          head={["Chợ / Market", "Tỉnh / Province", "Quầy / Stalls", "Quầy nhận QR / Stalls paid", "Tỷ lệ / Share", "Lượt / Payments", "Không tiền mặt / Cashless"]}
          rows={figures.markets.filter((r) => r.month === month).map((r) => [r.market, r.province, r.stalls, r.stalls_paid, percent(r.stalls_paid_share), r.payments, vnd(r.cashless_vnd)])}
        />
      </Section>
      <Section title="Từng người bán (12 tháng) / Each seller (12 months)">
        <Grid
          head={["Người bán / Seller", "Loại / Type", "Trạng thái / Status", "Tỉnh / Province", "SP / Products", "OCOP", "Đơn / Orders", "Doanh số / Sales", "Quầy: lượt / Stall payments", "Quầy: tiền / Stall takings"]}
          rows={figures.per_seller.map((s) => [s.name, TYPE_LABEL[s.type] ?? s.type, STATUS_LABEL[s.status] ?? s.status, place(s.province), s.products_online, s.ocop_products_online, s.orders, vnd(s.sales_vnd), s.stall_payments, vnd(s.stall_cashless_vnd)])}
        />
      </Section>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Thống kê", icon: ChartBar })

export default StatisticsPage
