import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Select, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState, type FormEvent } from "react"

type Rule = { id: string; scope: "default" | "category" | "seller"; target_id: string; kind: "percentage" | "fixed"; rate_bp: number | null; fixed_amount: number | null; note: string | null }
type BatchLine = { id: string; seller_name: string; bank_bin: string; bank_account_number: string; bank_account_holder: string; amount: number; memo: string }
type Batch = { id: string; display_id: number; status: "draft" | "paid"; created_at: string; paid_at: string | null; lines: BatchLine[] }
type WithholdingRow = { seller_id: string; seller_name: string; seller_type: string; orders: number; revenue: number; vat: number; pit: number; total: number }
type Withholding = { month: string; sellers: WithholdingRow[]; totals: { revenue: number; vat: number; pit: number; total: number } }

const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND", maximumFractionDigits: 0 })
const SCOPE = { default: "Mặc định / Default", category: "Danh mục / Category", seller: "Người bán / Seller" }
const thisMonth = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7)

async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(path, { credentials: "include", headers: { "content-type": "application/json" }, ...init })
  const body = await res.json()
  if (!res.ok) throw new Error(body.message ?? "Không thực hiện được / Failed")
  return body
}

const ruleText = (r: Rule) => (r.kind === "percentage" ? `${(r.rate_bp ?? 0) / 100} %` : `${vnd.format(r.fixed_amount ?? 0)} / đơn vị · unit`)
const batchTotal = (b: Batch) => b.lines.reduce((n, l) => n + Number(l.amount), 0)

/**
 * Sellers' money for the operator: commission rules (seller > category > default), the month's
 * Decree 117 withholding to file, and payout batches (draft, bank file, mark paid).
 */
const SellerFinancePage = () => {
  const [rules, setRules] = useState<Rule[]>([])
  const [batches, setBatches] = useState<Batch[]>([])
  const [month, setMonth] = useState(thisMonth())
  const [withholding, setWithholding] = useState<Withholding | null>(null)
  const [scope, setScope] = useState<Rule["scope"]>("default")
  const [kind, setKind] = useState<Rule["kind"]>("percentage")

  const run = async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work()
      if (done) toast.success(done)
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  const load = useCallback(
    () =>
      run(async () => {
        setRules((await api<{ commission_rules: Rule[] }>("/admin/commission-rules")).commission_rules)
        setBatches((await api<{ payout_batches: Batch[] }>("/admin/payout-batches")).payout_batches)
        setWithholding(await api<Withholding>(`/admin/withholding?month=${month}`))
      }),
    [month],
  )
  useEffect(() => void load(), [load])

  const saveRule = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const form = new FormData(e.currentTarget)
    const value = Number(form.get("value"))
    const body = {
      scope,
      kind,
      ...(scope === "default" ? {} : { target_id: String(form.get("target_id") ?? "").trim() }),
      ...(kind === "percentage" ? { rate_bp: Math.round(value * 100) } : { fixed_amount: value }),
    }
    void run(async () => {
      await api("/admin/commission-rules", { method: "POST", body: JSON.stringify(body) })
      await load()
    }, "Đã lưu quy tắc / Rule saved")
  }

  return (
    <div className="flex flex-col gap-4">
      <Container className="flex flex-col gap-4 p-6">
        <div>
          <Heading>Hoa hồng / Commission</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Người bán &gt; danh mục &gt; mặc định. Đơn đã đặt giữ quy tắc lúc bán. / Seller &gt; category &gt; default. Placed orders keep the rule they were sold under.
          </Text>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Phạm vi / Scope</Table.HeaderCell>
              <Table.HeaderCell>Đối tượng / Target</Table.HeaderCell>
              <Table.HeaderCell>Mức / Rate</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rules.map((r) => (
              <Table.Row key={r.id}>
                <Table.Cell>{SCOPE[r.scope]}</Table.Cell>
                <Table.Cell>{r.target_id || "—"}</Table.Cell>
                <Table.Cell>{ruleText(r)}</Table.Cell>
                <Table.Cell>
                  <Button size="small" variant="secondary" onClick={() => run(async () => { await api(`/admin/commission-rules/${r.id}`, { method: "DELETE" }); await load() }, "Đã xóa / Deleted")}>
                    Xóa / Delete
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <form onSubmit={saveRule} className="grid grid-cols-2 items-end gap-3 md:grid-cols-5">
          <div className="flex flex-col gap-1">
            <Label size="small">Phạm vi / Scope</Label>
            <Select value={scope} onValueChange={(v) => setScope(v as Rule["scope"])}>
              <Select.Trigger><Select.Value /></Select.Trigger>
              <Select.Content>
                {Object.entries(SCOPE).map(([k, label]) => <Select.Item key={k} value={k}>{label}</Select.Item>)}
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-1">
            <Label size="small" htmlFor="target_id">ID người bán / danh mục · Seller / category id</Label>
            <Input id="target_id" name="target_id" size="small" disabled={scope === "default"} required={scope !== "default"} />
          </div>
          <div className="flex flex-col gap-1">
            <Label size="small">Loại / Kind</Label>
            <Select value={kind} onValueChange={(v) => setKind(v as Rule["kind"])}>
              <Select.Trigger><Select.Value /></Select.Trigger>
              <Select.Content>
                <Select.Item value="percentage">Phần trăm / Percentage</Select.Item>
                <Select.Item value="fixed">Cố định (₫/đơn vị) / Fixed (₫/unit)</Select.Item>
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-1">
            <Label size="small" htmlFor="value">{kind === "percentage" ? "% (vd 2.5)" : "₫"}</Label>
            <Input id="value" name="value" type="number" step={kind === "percentage" ? "0.01" : "1"} min="0" size="small" required />
          </div>
          <Button type="submit" size="small">Lưu / Save</Button>
        </form>
      </Container>

      <Container className="flex flex-col gap-4 p-6">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <Heading>Khấu trừ thuế (NĐ 117/2025) / Tax withheld</Heading>
            <Text size="small" className="text-ui-fg-subtle">Theo tháng, đã trừ hoàn tiền / Per month, net of refunds</Text>
          </div>
          <div className="flex items-end gap-2">
            <Input type="month" size="small" value={month} onChange={(e) => setMonth(e.target.value)} />
            <a className="txt-compact-small text-ui-fg-interactive" href={`/admin/withholding?month=${month}&format=csv`}>Tải CSV / Download CSV</a>
          </div>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Người bán / Seller</Table.HeaderCell>
              <Table.HeaderCell>Đơn / Orders</Table.HeaderCell>
              <Table.HeaderCell>Doanh thu / Revenue</Table.HeaderCell>
              <Table.HeaderCell>GTGT / VAT</Table.HeaderCell>
              <Table.HeaderCell>TNCN / PIT</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {withholding?.sellers.map((s) => (
              <Table.Row key={s.seller_id}>
                <Table.Cell>{s.seller_name}</Table.Cell>
                <Table.Cell>{s.orders}</Table.Cell>
                <Table.Cell>{vnd.format(s.revenue)}</Table.Cell>
                <Table.Cell>{vnd.format(s.vat)}</Table.Cell>
                <Table.Cell>{vnd.format(s.pit)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {withholding && <Text size="small">Tổng / Total: {vnd.format(withholding.totals.total)}</Text>}
      </Container>

      <Container className="flex flex-col gap-4 p-6">
        <div className="flex items-end justify-between gap-4">
          <div>
            <Heading>Chi trả / Payouts</Heading>
            <Text size="small" className="text-ui-fg-subtle">Số dư của đơn đã giao, người bán có tài khoản ngân hàng / Balances of delivered orders, sellers with a bank account</Text>
          </div>
          <Button size="small" onClick={() => run(async () => { await api("/admin/payout-batches", { method: "POST" }); await load() }, "Đã tạo đợt chi trả / Batch drafted")}>
            Tạo đợt chi trả / Draft a batch
          </Button>
        </div>
        {batches.map((b) => (
          <div key={b.id} className="flex flex-col gap-2 border-t pt-3">
            <div className="flex flex-wrap items-center gap-3">
              <Text weight="plus">Đợt / Batch #{b.display_id}</Text>
              <Badge color={b.status === "paid" ? "green" : "orange"}>{b.status === "paid" ? "Đã chi / Paid" : "Chờ chi / Draft"}</Badge>
              <Text size="small">{vnd.format(batchTotal(b))}</Text>
              <a className="txt-compact-small text-ui-fg-interactive" href={`/admin/payout-batches/${b.id}/transfer-file`}>File chuyển khoản CSV / Bank file</a>
              {b.status === "draft" && (
                <Button size="small" variant="secondary" onClick={() => run(async () => { await api(`/admin/payout-batches/${b.id}/mark-paid`, { method: "POST" }); await load() }, "Đã ghi nhận chi trả / Marked paid")}>
                  Đánh dấu đã chi / Mark paid
                </Button>
              )}
              {b.status === "draft" && (
                <Button size="small" variant="transparent" onClick={() => run(async () => { await api(`/admin/payout-batches/${b.id}`, { method: "DELETE" }); await load() }, "Đã hủy đợt / Batch discarded")}>
                  Hủy đợt / Discard
                </Button>
              )}
            </div>
            {b.lines.map((l) => (
              <Text key={l.id} size="small" className="text-ui-fg-subtle">
                {l.seller_name} · {l.bank_bin} {l.bank_account_number} ({l.bank_account_holder}) · {vnd.format(Number(l.amount))} · {l.memo}
              </Text>
            ))}
          </div>
        ))}
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Tài chính người bán / Seller finance", icon: Cash })

export default SellerFinancePage
