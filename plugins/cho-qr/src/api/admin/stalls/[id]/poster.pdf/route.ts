// The operator prints the posters the province hangs on every stall: the vendor's PDF, as is.
export { GET } from "../../../../seller/stalls/[id]/poster.pdf/route"
