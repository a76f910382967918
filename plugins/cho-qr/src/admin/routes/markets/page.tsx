import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState, type FormEvent } from "react"
import { Field } from "../../components/field"
import { MarketDetail } from "../../components/market-detail"
import { PaymentQueue } from "../../components/payment-queue"
import { api, formFields, vnd } from "../../lib/admin-api"

type ReportRow = {
  market_id: string
  name: string
  commune: string
  province: string
  stalls: number
  stalls_with_qr: number
  stalls_with_vendor: number
  stalls_paid: number
  volume: number
  count: number
}
type Report = { from: string; to: string; markets: ReportRow[]; provinces: { province: string; markets: number; days: { day: string; volume: number; count: number }[] }[] }

/**
 * Chợ 4.0 for the operator: the figures of a range of market days per market and province,
 * a new market, and one market opened below with its details, VNPay merchant and stalls.
 */
const MarketsPage = () => {
  const [report, setReport] = useState<Report | null>(null)
  const [range, setRange] = useState({ from: "", to: "" })
  const [openMarket, setOpenMarket] = useState<string | null>(null)

  const load = useCallback(async () => {
    const query = new URLSearchParams(Object.entries(range).filter(([, v]) => v))
    try {
      setReport(await api<Report>(`/admin/market-report?${query}`))
    } catch (e) {
      toast.error((e as Error).message)
    }
  }, [range])
  useEffect(() => void load(), [load])

  const createMarket = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const form = e.currentTarget
    try {
      await api("/admin/markets", { method: "POST", body: JSON.stringify(formFields(e)) })
      form.reset()
      toast.success("Đã lưu / Saved")
      await load()
    } catch (err) {
      toast.error((err as Error).message)
    }
  }

  return (
    <Container className="flex flex-col gap-6 p-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <Heading>Chợ 4.0 / Cash-free markets</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Thanh toán QR tại quầy, theo ngày chợ (giờ Việt Nam) / Stall QR payments per market day (Vietnam time)
          </Text>
        </div>
        <div className="flex items-end gap-2">
          {(["from", "to"] as const).map((key) => (
            <div key={key} className="flex flex-col gap-1">
              <Label size="small">{key === "from" ? "Từ / From" : "Đến / To"}</Label>
              <Input type="date" size="small" value={range[key]} onChange={(e) => setRange({ ...range, [key]: e.target.value })} />
            </div>
          ))}
        </div>
      </div>

      {report && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Chợ / Market</Table.HeaderCell>
              <Table.HeaderCell>Quầy có QR / Stalls with QR</Table.HeaderCell>
              <Table.HeaderCell>Có tiểu thương / With vendor</Table.HeaderCell>
              <Table.HeaderCell>Có thu tiền / Paid</Table.HeaderCell>
              <Table.HeaderCell>Số giao dịch / Count</Table.HeaderCell>
              <Table.HeaderCell>Giá trị / Volume</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {report.markets.map((m) => (
              <Table.Row key={m.market_id}>
                <Table.Cell>
                  <div className="font-medium">{m.name}</div>
                  <div className="text-ui-fg-subtle">
                    {m.commune}, {m.province}
                  </div>
                </Table.Cell>
                <Table.Cell>{m.stalls_with_qr}</Table.Cell>
                <Table.Cell>{m.stalls_with_vendor}</Table.Cell>
                <Table.Cell>{m.stalls_paid}</Table.Cell>
                <Table.Cell>{m.count}</Table.Cell>
                <Table.Cell>{vnd.format(m.volume)}</Table.Cell>
                <Table.Cell className="flex items-center gap-2">
                  <a href={`/admin/markets/${m.market_id}/ledger.csv?day=${report.to}`} className="text-ui-fg-interactive">
                    CSV {report.to}
                  </a>
                  <Button size="small" variant="secondary" onClick={() => setOpenMarket(openMarket === m.market_id ? null : m.market_id)}>
                    Quầy, sửa / Stalls, edit
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}

      {report?.provinces.map((p) => (
        <Text key={p.province} size="small">
          <strong>{p.province}</strong> ({p.markets} chợ / markets):{" "}
          {p.days.map((d) => `${d.day}: ${d.count} · ${vnd.format(d.volume)}`).join(" — ") || "chưa có giao dịch / no payments"}
        </Text>
      ))}

      {openMarket && <MarketDetail key={openMarket} marketId={openMarket} changed={load} />}

      <PaymentQueue />

      <form onSubmit={createMarket} className="grid grid-cols-2 gap-3 rounded-md border p-4">
        <Heading level="h2" className="col-span-2">
          Chợ mới / New market
        </Heading>
        <Field name="name" label="Tên chợ / Name" required />
        <Field name="opening_hours" label="Giờ mở cửa / Opening hours" />
        <Field name="commune" label="Xã/phường / Commune" required />
        <Field name="province" label="Tỉnh/thành phố / Province" required />
        <div className="col-span-2">
          <Button type="submit">Tạo chợ / Create market</Button>
        </div>
      </form>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Chợ 4.0", icon: BuildingStorefront })

export default MarketsPage
