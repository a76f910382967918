import { Badge, Button, Heading, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState, type FormEvent } from "react"
import { api, formFields } from "../lib/admin-api"
import { Field } from "./field"
import { StallFields, type StallRow } from "./stall-fields"

type Market = {
  id: string
  name: string
  commune: string
  province: string
  opening_hours: string | null
  vnpay_tmn_code: string | null
  vnpay_configured: boolean
  stalls: StallRow[]
}

/**
 * One market for the operator: its details and VNPay merchant (the secret is write-only), its
 * stalls with their vendors, and per stall: edit, invite a vendor by phone, print the poster,
 * archive (the books stay). `changed` reloads the report above.
 */
export const MarketDetail = ({ marketId, changed }: { marketId: string; changed: () => Promise<void> }) => {
  const [market, setMarket] = useState<Market | null>(null)
  const [editing, setEditing] = useState<string | null>(null)

  const load = useCallback(async () => {
    try {
      setMarket((await api<{ market: Market }>(`/admin/markets/${marketId}`)).market)
    } catch (e) {
      toast.error((e as Error).message)
    }
  }, [marketId])
  useEffect(() => void load(), [load])

  const run = async (path: string, method: string, body?: unknown) => {
    try {
      await api(path, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) })
      toast.success("Đã lưu / Saved")
      setEditing(null)
      await load()
      await changed()
    } catch (err) {
      toast.error((err as Error).message)
    }
  }
  const submit = (path: string, shape: (fields: Record<string, FormDataEntryValue>) => unknown = (f) => f) => (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    void run(path, "POST", shape(formFields(e)))
  }

  if (!market) return null
  const open = market.stalls.filter((s) => !s.archived_at)
  const archived = market.stalls.filter((s) => s.archived_at)

  return (
    <div className="flex flex-col gap-4 rounded-md border p-4">
      <div className="flex items-center justify-between">
        <Heading level="h2">
          {market.name} · {market.commune}, {market.province}
        </Heading>
        <div className="flex gap-2">
          {market.vnpay_configured ? <Badge color="green">VNPAY-QR {market.vnpay_tmn_code}</Badge> : <Badge>Chưa có VNPAY-QR / No VNPAY-QR</Badge>}
          {market.stalls.length === 0 && (
            <Button size="small" variant="danger" onClick={() => window.confirm("Xóa chợ này? / Delete this market?") && void run(`/admin/markets/${market.id}`, "DELETE")}>
              Xóa chợ / Delete market
            </Button>
          )}
        </div>
      </div>

      <form onSubmit={submit(`/admin/markets/${market.id}`)} className="grid grid-cols-4 gap-3">
        <Field name="name" label="Tên chợ / Name" required value={market.name} />
        <Field name="opening_hours" label="Giờ mở cửa / Opening hours" value={market.opening_hours} />
        <Field name="commune" label="Xã/phường / Commune" required value={market.commune} />
        <Field name="province" label="Tỉnh/thành phố / Province" required value={market.province} />
        <div className="col-span-4">
          <Button type="submit" size="small" variant="secondary">
            Lưu chợ / Save market
          </Button>
        </div>
      </form>

      <form onSubmit={submit(`/admin/markets/${market.id}`, (f) => ({ vnpay: f }))} className="grid grid-cols-4 items-end gap-3">
        <Field name="tmn_code" label="Mã TMN VNPay / VNPay terminal code" required value={market.vnpay_tmn_code} />
        <Field name="hash_secret" label="Chuỗi bí mật (không hiển thị lại) / Hash secret (write-only)" required type="password" />
        <Button type="submit" size="small" variant="secondary">
          Lưu VNPAY-QR / Save VNPAY-QR
        </Button>
        {market.vnpay_configured && (
          <Button type="button" size="small" variant="transparent" onClick={() => void run(`/admin/markets/${market.id}`, "POST", { vnpay: null })}>
            Gỡ VNPAY-QR / Remove VNPAY-QR
          </Button>
        )}
      </form>
      <Text size="small" className="text-ui-fg-subtle">
        URL IPN đăng ký với VNPay / IPN URL to register with VNPay: {window.location.origin}/hooks/vnpay/market-ipn
      </Text>

      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Quầy / Stall</Table.HeaderCell>
            <Table.HeaderCell>Tài khoản / Account</Table.HeaderCell>
            <Table.HeaderCell>Tiểu thương / Vendor</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {open.map((s) => (
            <Table.Row key={s.id}>
              <Table.Cell>
                <div className="font-medium">
                  {s.number} · {s.name}
                </div>
                <div className="text-ui-fg-subtle">{s.goods}</div>
              </Table.Cell>
              <Table.Cell>
                {s.bank_bin} · {s.account_number} · {s.account_holder}
              </Table.Cell>
              <Table.Cell>{s.seller?.name ?? (s.invited_phone ? `Đã mời / Invited ${s.invited_phone}` : "—")}</Table.Cell>
              <Table.Cell className="flex items-center gap-2">
                <a href={`/admin/stalls/${s.id}/poster.pdf`} target="_blank" rel="noreferrer" className="text-ui-fg-interactive">
                  Áp phích PDF / Poster
                </a>
                <Button size="small" variant="secondary" onClick={() => setEditing(editing === s.id ? null : s.id)}>
                  Sửa / Edit
                </Button>
                <Button size="small" variant="danger" onClick={() => window.confirm(`Gỡ quầy ${s.number}? Sổ sách vẫn được giữ. / Archive stall ${s.number}? Its books are kept.`) && void run(`/admin/stalls/${s.id}`, "DELETE")}>
                  Gỡ / Archive
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {archived.length > 0 && (
        <Text size="small" className="text-ui-fg-subtle">
          Quầy đã gỡ (sổ vẫn giữ) / Archived stalls (books kept): {archived.map((s) => `${s.number} · ${s.name}`).join(", ")}
        </Text>
      )}

      {editing && (
        <div className="grid grid-cols-2 gap-4">
          <form key={editing} onSubmit={submit(`/admin/stalls/${editing}`)} className="grid grid-cols-2 gap-3 rounded-md border p-4">
            <Heading level="h3" className="col-span-2">
              Sửa quầy / Edit stall
            </Heading>
            <StallFields stall={open.find((s) => s.id === editing)} />
            <Button type="submit" size="small">
              Lưu quầy / Save stall
            </Button>
          </form>
          <form onSubmit={submit(`/admin/stalls/${editing}/vendor`)} className="flex flex-col gap-3 rounded-md border p-4">
            <Heading level="h3">Mời tiểu thương / Invite vendor</Heading>
            <Field name="phone" label="Số điện thoại / Phone" required />
            <Button type="submit" size="small">
              Mời / Invite
            </Button>
          </form>
        </div>
      )}

      <form onSubmit={submit(`/admin/markets/${market.id}/stalls`)} className="grid grid-cols-2 gap-3 rounded-md border p-4">
        <Heading level="h3" className="col-span-2">
          Quầy mới / New stall
        </Heading>
        <StallFields />
        <Field name="vendor_phone" label="SĐT tiểu thương (mời) / Vendor phone (invite)" />
        <div className="col-span-2">
          <Button type="submit">Tạo quầy / Create stall</Button>
        </div>
      </form>
    </div>
  )
}
