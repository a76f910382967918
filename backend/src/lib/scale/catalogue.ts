import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import units from "@nongsan/seed/administrative-units"
import type { CreateSellerInput } from "@nongsan/farmer-household/workflows/seller/steps/create-sellers"
import type { CreateSellerProduct } from "@nongsan/farmer-household/api/seller/products/validators"

export const SCALE_HANDLE_PREFIX = "scale-"
export const PROTOTYPE_SKU = "SCALE-0-1KG"
const PROTOTYPE_PRICES = { kg: 10_000, box: 48_000 }

/** What the scaled shop sells: names buyers search for, the category, a 2025 price per kg. */
const KINDS = [
  ["Vải thiều", "trai-cay", 35_000],
  ["Vải U hồng", "trai-cay", 40_000],
  ["Nhãn lồng", "trai-cay", 45_000],
  ["Bưởi Diễn", "trai-cay", 55_000],
  ["Cam sành", "trai-cay", 30_000],
  ["Xoài cát Hòa Lộc", "trai-cay", 70_000],
  ["Thanh long ruột đỏ", "trai-cay", 30_000],
  ["Na dai", "trai-cay", 60_000],
  ["Mận hậu", "trai-cay", 35_000],
  ["Chè Shan tuyết", "che", 300_000],
  ["Chè búp Tân Cương", "che", 250_000],
  ["Mật ong hoa nhãn", "mat-ong", 180_000],
  ["Mật ong bạc hà", "mat-ong", 260_000],
  ["Gạo ST25", "dac-san", 38_000],
  ["Quế Văn Yên", "dac-san", 120_000],
  ["Nước mắm cá cơm", "dac-san", 90_000],
  ["Măng khô", "dac-san", 220_000],
  ["Miến dong", "dac-san", 80_000],
  ["Hồng treo gió", "dac-san", 400_000],
  ["Hạt điều rang muối", "dac-san", 280_000],
] as const
const GRADES = ["loại 1", "loại 2", "hữu cơ", "VietGAP", "đặc biệt", "vụ mới", "chín cây", "nhà vườn", "tuyển chọn", "truyền thống", "túi lưới", "đóng hộp"]
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý"]
const GIVEN = ["Văn Hùng", "Thị Lan", "Văn Minh", "Thị Hoa", "Đức Thắng", "Thị Mai", "Văn Nam", "Thị Hạnh", "Quang Huy", "Thị Thu"]

const place = (name: string) => name.replace(/^(Xã|Phường|Đặc khu) /, "")

/**
 * The scaled catalogue, the same for a given size on every run: sellers spread over all 34
 * provinces, one product i per row with its kind, grade, price and stock. Every 20th product
 * carries an OCOP certificate (3, 4 or 5 stars); every 50th is sold out.
 */
export async function scaleCatalogue(container: MedusaContainer, products: number) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: categories } = await query.graph({ entity: "product_category", fields: ["id", "handle"] })
  const categoryId = (handle: string) => (categories.find((c) => c.handle === handle) ?? categories[0]).id
  const communes = units.provinces.flatMap(([, province, list]) => list.map(([, commune]) => ({ province, commune })))
  const pad = (n: number) => String(n).padStart(Math.max(4, String(products).length), "0")

  return {
    sellers(count: number): CreateSellerInput[] {
      return Array.from({ length: count }, (_, s) => {
        // Stride through the communes so neighbouring sellers sit in different provinces.
        const { province, commune } = communes[(s * 97) % communes.length]
        const person = `${FAMILY[s % FAMILY.length]} ${GIVEN[(s * 7) % GIVEN.length]}`
        const cooperative = s % 5 === 0
        return {
          handle: `${SCALE_HANDLE_PREFIX}seller-${pad(s)}`,
          name: cooperative ? `HTX Nông sản ${place(commune)} ${s}` : `Hộ ${person} (${place(commune)})`,
          type: cooperative ? "cooperative" : "household",
          status: "approved",
          representative_name: person,
          province,
          commune,
          story: `Nhà vườn ở ${commune}, ${province}.`,
        }
      })
    },
    /** The product every other one is copied from: two packs, as sellers list most produce. */
    prototype(): CreateSellerProduct {
      return {
        title: "Vải thiều loại 1 (mẫu)",
        description: "Sản phẩm mẫu của bộ dữ liệu quy mô lớn.",
        category_id: categoryId("trai-cay"),
        status: "published",
        variants: [
          { title: "1 kg", unit: "kg", weight_grams: 1000, price: PROTOTYPE_PRICES.kg, stock: 1000, sku: PROTOTYPE_SKU },
          { title: "Hộp 5 kg", unit: "box", unit_quantity: 5, weight_grams: 5200, price: PROTOTYPE_PRICES.box, stock: 200, sku: "SCALE-0-5KG" },
        ],
      } as CreateSellerProduct
    },
    /** Product i of the catalogue (1-based copies; 0 is the prototype). */
    product(i: number, seller: { name: string; commune?: string | null; province?: string | null }) {
      const [kind, category, price] = KINDS[(i * 7 + Math.floor(i / KINDS.length)) % KINDS.length]
      const grade = GRADES[Math.floor(i / 3) % GRADES.length]
      const origin = place(seller.commune ?? "")
      // Prices vary ±20% around the kind's price, whole thousands of đồng.
      const kg = Math.round((price * (0.8 + ((i * 37) % 41) / 100)) / 1000) * 1000
      return {
        title: `${kind} ${grade} ${origin}`,
        handle: `${SCALE_HANDLE_PREFIX}${i}`,
        description: `${kind} ${grade} của ${seller.name}, ${seller.commune}, ${seller.province}. Đóng gói trong ngày, giao toàn quốc.`,
        category_id: categoryId(category),
        price_factor: kg / PROTOTYPE_PRICES.kg,
        stock: i % 50 === 0 ? 0 : 500 + (i % 500),
        ocop_stars: i % 20 === 0 ? 3 + (Math.floor(i / 20) % 3) : null,
      }
    },
  }
}

export type ScaleCatalogue = Awaited<ReturnType<typeof scaleCatalogue>>
