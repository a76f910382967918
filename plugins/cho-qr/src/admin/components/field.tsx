import { Input, Label } from "@medusajs/ui"

/** A labelled input; `value` pre-fills it for an edit form. */
export const Field = ({ name, label, required = false, value, type = "text" }: { name: string; label: string; required?: boolean; value?: string | null; type?: string }) => (
  <div className="flex flex-col gap-1">
    <Label htmlFor={name} size="small">
      {label}
    </Label>
    <Input id={name} name={name} required={required} size="small" type={type} defaultValue={value ?? undefined} />
  </div>
)
