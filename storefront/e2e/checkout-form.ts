import type { Page } from "playwright-core"

/** A guest's contact and a Hà Nội address on the checkout page, typed as a buyer would. */
export async function fillGuestCheckout(page: Page) {
  await page.getByLabel("Họ và tên").fill("Trần Thị Lan")
  await page.getByLabel("Số điện thoại di động").fill("0912 345 678")
  await page.getByLabel("Email").fill("lan@example.com")
  await page.getByLabel("Tỉnh / thành phố").selectOption("Thành phố Hà Nội")
  await page.getByLabel("Xã / phường / đặc khu").fill("Phường Hai Bà Trưng")
  await page.getByLabel("Số nhà, đường, thôn / xóm").fill("12 Phố Huế")
}
