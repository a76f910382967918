import { Field } from "./field"

export type StallRow = {
  id: string
  number: string
  name: string
  goods: string | null
  bank_bin: string
  bank_name: string | null
  account_number: string
  account_holder: string
  invited_phone: string | null
  archived_at: string | null
  seller?: { id: string; name: string } | null
}

/** A stall's own fields, empty for a new stall or filled from one being edited. */
export const StallFields = ({ stall }: { stall?: StallRow }) => (
  <>
    <Field name="number" label="Số quầy / Number" required value={stall?.number} />
    <Field name="name" label="Tên quầy / Name" required value={stall?.name} />
    <Field name="goods" label="Mặt hàng / Goods" value={stall?.goods} />
    <Field name="bank_bin" label="Mã BIN ngân hàng / Bank BIN" required value={stall?.bank_bin} />
    <Field name="bank_name" label="Tên ngân hàng / Bank name" value={stall?.bank_name} />
    <Field name="account_number" label="Số tài khoản / Account number" required value={stall?.account_number} />
    <Field name="account_holder" label="Chủ tài khoản / Account holder" required value={stall?.account_holder} />
  </>
)
