/**
 * Drawn product "photos" for the demo catalogue: an SVG still life per kind of produce (fruit on a
 * table, a bottle, a sack of rice, a craft), laid out by a PRNG seeded with the product's handle so
 * that every product looks a little different and every seed draws the same picture. No photo of
 * anyone's is used: these are honest illustrations, sized and encoded like a phone's photo by
 * phone-photo.ts so that the upload pipeline does its real work on them.
 */
import { seededRandom, type Random } from "./seeded-random"

/** The kinds of picture a demo product names in its `photo` field. */
export const ILLUSTRATION_KINDS = {
  lychee: { scene: "fruits", skin: ["#b3202a", "#c8323a", "#9e1b24"], bumps: true, size: 1 },
  "lychee-pink": { scene: "fruits", skin: ["#d9606b", "#e27a7f", "#c94b58"], bumps: true, size: 1.15 },
  longan: { scene: "fruits", skin: ["#b8925a", "#c9a46b", "#a88248"], bumps: false, size: 0.8 },
  orange: { scene: "fruits", skin: ["#e3a21a", "#d98f12", "#9cae2c"], bumps: false, size: 1.9 },
  pomelo: { scene: "fruits", skin: ["#a8c04a", "#b9cc5a", "#93ad3c"], bumps: false, size: 3 },
  mango: { scene: "fruits", skin: ["#c9c23a", "#a9b83a", "#d8b03a"], bumps: false, size: 1.7, oval: true },
  "small-fruit": { scene: "fruits", skin: ["#d8b23a", "#c9552a", "#e0c048"], bumps: false, size: 0.6 },
  "lychee-dried": { scene: "pile", items: "disc", colors: ["#6b3a1e", "#7d4722", "#5a2f18"], vessel: "bowl" },
  "longan-dried": { scene: "pile", items: "blob", colors: ["#a8621e", "#b8742a", "#8e4f17"], vessel: "bowl" },
  honey: { scene: "container", shape: "bottle", liquid: "#c98512", label: "#f3e6c4" },
  pollen: { scene: "container", shape: "jar", liquid: "#e0a82a", label: "#fff4d6" },
  molasses: { scene: "container", shape: "jar", liquid: "#4a2410", label: "#f0dcc0" },
  "jar-paste": { scene: "container", shape: "jar", liquid: "#a0522d", label: "#f6e9d8" },
  "fish-sauce": { scene: "container", shape: "bottle", liquid: "#8a4a12", label: "#e9f1f7" },
  "essential-oil": { scene: "container", shape: "vial", liquid: "#6b3410", label: "#f2ead8" },
  juice: { scene: "container", shape: "bottle", liquid: "#f0d9a8", label: "#fde9ec" },
  liquor: { scene: "container", shape: "bottle", liquid: "#eef2ee", label: "#e8d9b8" },
  rice: { scene: "sack", bag: "#e9dcc0", grain: "#f7f3e8", grainShape: "grain" },
  "rice-dark": { scene: "sack", bag: "#d8c9a8", grain: "#5a2a3a", grainShape: "grain" },
  flour: { scene: "sack", bag: "#e4d6b0", grain: "#f2d77a", grainShape: "dust" },
  noodles: { scene: "sack", bag: "#d2e0c8", grain: "#c9b48a", grainShape: "strand" },
  coffee: { scene: "sack", bag: "#b89c78", grain: "#4a2a16", grainShape: "bean" },
  "rice-paper": { scene: "pile", items: "sheet", colors: ["#efe6d2", "#f4ecdc", "#e6dcc4"], vessel: "tray" },
  nuts: { scene: "pile", items: "blob", colors: ["#6e3b1c", "#80461f", "#5e3218"], vessel: "bowl" },
  tea: { scene: "pile", items: "leaf", colors: ["#3d5a2a", "#4a6a30", "#32502a"], vessel: "bowl" },
  "tea-dark": { scene: "pile", items: "leaf", colors: ["#3a2618", "#4a3020", "#2e1e12"], vessel: "bowl" },
  "tea-white": { scene: "pile", items: "leaf", colors: ["#b8c0a0", "#c8ceb4", "#a8b290"], vessel: "bowl" },
  "tea-leaves": { scene: "pile", items: "leaf", colors: ["#4f8a2e", "#5d9a38", "#437a26"], vessel: "tray", size: 2.2 },
  "tea-cake": { scene: "pile", items: "cake", colors: ["#4a3a22", "#564430", "#3e301c"], vessel: "tray" },
  cinnamon: { scene: "pile", items: "stick", colors: ["#8a4a22", "#9a5428", "#7a3e1c"], vessel: "tray" },
  "cinnamon-powder": { scene: "container", shape: "jar", liquid: "#9a5a2a", label: "#f6ead8" },
  "star-anise": { scene: "pile", items: "star", colors: ["#6a2e1a", "#7a3820", "#5a2616"], vessel: "bowl" },
  pepper: { scene: "pile", items: "dot", colors: ["#2a2018", "#3a2c20", "#1e1812"], vessel: "bowl" },
  "dried-squid": { scene: "pile", items: "strip", colors: ["#d9b98a", "#e4c89c", "#caa676"], vessel: "tray" },
  "dried-fish": { scene: "pile", items: "fish", colors: ["#c8a060", "#b88c4c", "#d6b070"], vessel: "tray" },
  "dried-shrimp": { scene: "pile", items: "dot", colors: ["#d8703a", "#e08248", "#c8602e"], vessel: "bowl" },
  "dried-meat": { scene: "pile", items: "strip", colors: ["#5a2214", "#6a2a18", "#4a1c10"], vessel: "tray" },
  "dried-bamboo": { scene: "pile", items: "strip", colors: ["#c8a870", "#b8985e", "#d4b680"], vessel: "tray" },
  "dried-mushroom": { scene: "pile", items: "blob", colors: ["#3a2a1e", "#4a3424", "#5a4030"], vessel: "bowl" },
  "dried-slices": { scene: "pile", items: "disc", colors: ["#c8783a", "#d88a48", "#b86a30"], vessel: "tray" },
  "parcel-green": { scene: "parcel", leaf: "#3f7a32", string: "#d9c89a" },
  "parcel-dark": { scene: "parcel", leaf: "#2a2a22", string: "#c8b27a" },
  "parcel-light": { scene: "parcel", leaf: "#c8b07a", string: "#8a5a2a" },
  "ceramic-teaset": { scene: "craft", shape: "teaset", body: "#f4f1ea", pattern: "#2b4a8a" },
  "ceramic-vase": { scene: "craft", shape: "vase", body: "#e6dcc6", pattern: "#3a5a8a" },
  "ceramic-bowl": { scene: "craft", shape: "bowl", body: "#f6f3ec", pattern: "#24458a" },
  basket: { scene: "craft", shape: "basket", body: "#b88a4a", pattern: "#8a6230" },
  hat: { scene: "craft", shape: "hat", body: "#e8d8a8", pattern: "#c8b480" },
  woodcraft: { scene: "craft", shape: "tray", body: "#8a5a2a", pattern: "#6a4220" },
  beeswax: { scene: "pile", items: "cake", colors: ["#e8b830", "#f0c440", "#d8a828"], vessel: "tray" },
  textile: { scene: "craft", shape: "cloth", body: "#1e2a5a", pattern: "#d83a3a" },
  "textile-bag": { scene: "craft", shape: "bag", body: "#22306a", pattern: "#e0a030" },
} as const

export type IllustrationKind = keyof typeof ILLUSTRATION_KINDS

// The picture is drawn on a 300 × 400 canvas and scaled by the SVG's viewBox to the photo size.
const W = 300
const H = 400
const f = (n: number) => n.toFixed(1)

const SURFACES = [
  ["#8a5a34", "#6e4426"], // wooden table
  ["#d8cbb0", "#bfae8c"], // linen
  ["#4f7a3a", "#3a5e2a"], // banana leaf
  ["#9a9488", "#7a746a"], // stone
] as const

function surface(r: Random): string {
  const [light, dark] = r.pick(SURFACES)
  const planks = Array.from({ length: 7 }, (_, i) => {
    const y = i * 60 + r.range(-8, 8)
    return `<path d="M0 ${f(y)} Q150 ${f(y + r.range(-12, 12))} 300 ${f(y + r.range(-6, 6))}" stroke="${dark}" stroke-opacity="0.35" stroke-width="${f(r.range(0.6, 2))}" fill="none"/>`
  }).join("")
  return `<defs><radialGradient id="light" cx="${f(r.range(0.3, 0.7))}" cy="0.35" r="0.85"><stop offset="0" stop-color="#fff" stop-opacity="0.28"/><stop offset="1" stop-color="#000" stop-opacity="0.45"/></radialGradient></defs>
<rect width="${W}" height="${H}" fill="${light}"/>${planks}`
}

function fruits(r: Random, k: { skin: readonly string[]; bumps: boolean; size: number; oval?: boolean }): string {
  const count = Math.round(r.range(9, 16) / k.size)
  const radius = 17 * k.size
  const out: string[] = []
  // A few leaves under the fruit, the way they are sold cut with a twig.
  for (let i = 0; i < 4; i++) {
    const x = r.range(60, 240)
    const y = r.range(120, 300)
    out.push(`<ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(r.range(28, 44))}" ry="${f(r.range(9, 13))}" fill="${r.pick(["#2f6a2a", "#3c7a30", "#2a5a24"])}" transform="rotate(${f(r.range(-60, 60))} ${f(x)} ${f(y)})"/>`)
  }
  for (let i = 0; i < count; i++) {
    const x = r.range(150 - 70 - radius, 150 + 70 + radius)
    const y = r.range(200 - 80, 200 + 90)
    const rr = radius * r.range(0.85, 1.12)
    const color = r.pick(k.skin)
    const ry = k.oval ? rr * 1.35 : rr
    out.push(`<ellipse cx="${f(x + 3)}" cy="${f(y + 5)}" rx="${f(rr)}" ry="${f(ry)}" fill="#000" fill-opacity="0.25"/>`)
    out.push(`<ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(rr)}" ry="${f(ry)}" fill="${color}"/>`)
    if (k.bumps) {
      for (let b = 0; b < 14; b++) {
        const a = r.range(0, Math.PI * 2)
        const d = r.range(0, rr * 0.85)
        out.push(`<circle cx="${f(x + Math.cos(a) * d)}" cy="${f(y + Math.sin(a) * d)}" r="${f(rr * 0.09)}" fill="#000" fill-opacity="0.18"/>`)
      }
    }
    out.push(`<ellipse cx="${f(x - rr * 0.35)}" cy="${f(y - ry * 0.4)}" rx="${f(rr * 0.3)}" ry="${f(ry * 0.2)}" fill="#fff" fill-opacity="0.35"/>`)
  }
  return out.join("")
}

function container(r: Random, k: { shape: "bottle" | "jar" | "vial"; liquid: string; label: string }): string {
  const scale = k.shape === "vial" ? 0.55 : 1
  const w = (k.shape === "jar" ? 110 : 80) * scale
  const h = (k.shape === "jar" ? 120 : 200) * scale
  const x = 150 - w / 2 + r.range(-15, 15)
  const bottom = r.range(320, 345)
  const top = bottom - h
  const neck = k.shape === "jar" ? `<rect x="${f(x + 6)}" y="${f(top - 22)}" width="${f(w - 12)}" height="24" rx="4" fill="${r.pick(["#c8a040", "#b03030", "#3a3a3a"])}"/>`
    : `<rect x="${f(150 - 14 * scale + (x + w / 2 - 150))}" y="${f(top - 60 * scale)}" width="${f(28 * scale)}" height="${f(64 * scale)}" fill="${k.liquid}" fill-opacity="0.85"/><rect x="${f(x + w / 2 - 16 * scale)}" y="${f(top - 74 * scale)}" width="${f(32 * scale)}" height="${f(18 * scale)}" rx="3" fill="#b8322a"/>`
  return `<ellipse cx="${f(x + w / 2 + 10)}" cy="${f(bottom + 4)}" rx="${f(w * 0.7)}" ry="12" fill="#000" fill-opacity="0.3"/>
${neck}<rect x="${f(x)}" y="${f(top)}" width="${f(w)}" height="${f(h)}" rx="${f(w * 0.18)}" fill="${k.liquid}" fill-opacity="0.92"/>
<rect x="${f(x + 6)}" y="${f(top + h * 0.35)}" width="${f(w - 12)}" height="${f(h * 0.38)}" rx="3" fill="${k.label}"/>
<rect x="${f(x + 14)}" y="${f(top + h * 0.45)}" width="${f(w - 28)}" height="${f(h * 0.06)}" fill="${r.pick(["#a02828", "#2a5a2a", "#2a3a7a"])}"/>
<rect x="${f(x + 10)}" y="${f(top + 10)}" width="${f(w * 0.12)}" height="${f(h - 20)}" rx="4" fill="#fff" fill-opacity="0.3"/>`
}

function sack(r: Random, k: { bag: string; grain: string; grainShape: "grain" | "dust" | "strand" | "bean" }): string {
  const x = r.range(70, 100)
  const out = [
    `<ellipse cx="160" cy="340" rx="120" ry="18" fill="#000" fill-opacity="0.25"/>`,
    `<path d="M${f(x)} 330 L${f(x + 10)} 130 Q${f(x + 70)} 100 ${f(x + 140)} 130 L${f(x + 150)} 330 Z" fill="${k.bag}"/>`,
    `<ellipse cx="${f(x + 75)}" cy="135" rx="68" ry="16" fill="${k.grain}"/>`,
    `<rect x="${f(x + 30)}" y="200" width="90" height="60" rx="4" fill="#fff" fill-opacity="0.75"/>`,
    `<rect x="${f(x + 40)}" y="215" width="70" height="8" fill="${r.pick(["#2a6a2a", "#a02828", "#1e3a7a"])}"/>`,
  ]
  for (let i = 0; i < 160; i++) {
    const gx = r.range(20, 290)
    const gy = r.range(330, 395)
    const a = r.range(0, 180)
    const shape =
      k.grainShape === "strand" ? `<path d="M${f(gx)} ${f(gy)} q8 -6 16 0" stroke="${k.grain}" stroke-width="1.2" fill="none"/>`
      : `<ellipse cx="${f(gx)}" cy="${f(gy)}" rx="${k.grainShape === "bean" ? 3.2 : k.grainShape === "dust" ? 1.2 : 2.6}" ry="${k.grainShape === "bean" ? 2.4 : 1.1}" fill="${k.grain}" transform="rotate(${f(a)} ${f(gx)} ${f(gy)})"/>`
    out.push(shape)
  }
  return out.join("")
}

function pileItem(r: Random, items: string, x: number, y: number, color: string, size: number): string {
  const a = f(r.range(0, 180))
  const t = `transform="rotate(${a} ${f(x)} ${f(y)})"`
  switch (items) {
    case "stick":
      return `<rect x="${f(x - 45 * size)}" y="${f(y - 5)}" width="${f(90 * size)}" height="10" rx="5" fill="${color}" stroke="#3a1e0e" stroke-opacity="0.4" ${t}/>`
    case "strip":
      return `<rect x="${f(x - 30 * size)}" y="${f(y - 6)}" width="${f(60 * size)}" height="12" rx="3" fill="${color}" ${t}/>`
    case "sheet":
      return `<circle cx="${f(x)}" cy="${f(y)}" r="${f(45 * size)}" fill="${color}" stroke="#c8b898" stroke-width="1" />`
    case "fish":
      return `<path d="M${f(x - 28)} ${f(y)} q28 -12 50 0 l10 -8 v16 l-10 -8 q-22 12 -50 0z" fill="${color}" ${t}/>`
    case "star":
      return `<path d="${Array.from({ length: 16 }, (_, i) => `${i ? "L" : "M"}${f(x + Math.cos((i * Math.PI) / 8) * (i % 2 ? 4 : 13) * size)} ${f(y + Math.sin((i * Math.PI) / 8) * (i % 2 ? 4 : 13) * size)}`).join(" ")}Z" fill="${color}"/>`
    case "leaf":
      return `<ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(7 * size)}" ry="${f(2.6 * size)}" fill="${color}" ${t}/>`
    case "dot":
      return `<circle cx="${f(x)}" cy="${f(y)}" r="${f(3.2 * size)}" fill="${color}"/>`
    case "cake":
      return `<ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(38 * size)}" ry="${f(16 * size)}" fill="${color}" stroke="#000" stroke-opacity="0.25"/>`
    case "disc":
      return `<circle cx="${f(x)}" cy="${f(y)}" r="${f(12 * size)}" fill="${color}" stroke="#000" stroke-opacity="0.2"/>`
    default:
      return `<ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(10 * size)}" ry="${f(8 * size)}" fill="${color}" ${t}/>`
  }
}

function pile(r: Random, k: { items: string; colors: readonly string[]; vessel: "bowl" | "tray"; size?: number }): string {
  const size = k.size ?? 1
  const small = ["leaf", "dot", "star", "disc", "blob"].includes(k.items)
  const count = small ? Math.round(r.range(110, 160) / size) : Math.round(r.range(8, 14))
  const vessel =
    k.vessel === "bowl"
      ? `<ellipse cx="150" cy="250" rx="125" ry="70" fill="${r.pick(["#f2efe6", "#3a3a3a", "#c8a070"])}"/><ellipse cx="150" cy="235" rx="112" ry="52" fill="#000" fill-opacity="0.2"/>`
      : `<rect x="20" y="140" width="260" height="210" rx="16" fill="${r.pick(["#c8a062", "#9a6a3a", "#e8e0d0"])}"/><rect x="32" y="152" width="236" height="186" rx="10" fill="#000" fill-opacity="0.12"/>`
  const [cx, cy, rx, ry] = k.vessel === "bowl" ? [150, 235, 100, 42] : [150, 245, 110, 85]
  const items: string[] = []
  for (let i = 0; i < count; i++) {
    const a = r.range(0, Math.PI * 2)
    const d = Math.sqrt(r.next())
    items.push(pileItem(r, k.items, cx + Math.cos(a) * rx * d, cy + Math.sin(a) * ry * d, r.pick(k.colors), size * r.range(0.85, 1.15)))
  }
  return vessel + items.join("")
}

function parcel(r: Random, k: { leaf: string; string: string }): string {
  const out: string[] = []
  for (let i = 0; i < 3; i++) {
    const x = r.range(60, 180)
    const y = r.range(130, 250)
    const s = r.range(70, 100)
    out.push(`<g transform="rotate(${f(r.range(-20, 20))} ${f(x + s / 2)} ${f(y + s / 2)})"><rect x="${f(x + 4)}" y="${f(y + 6)}" width="${f(s)}" height="${f(s)}" rx="6" fill="#000" fill-opacity="0.25"/><rect x="${f(x)}" y="${f(y)}" width="${f(s)}" height="${f(s)}" rx="6" fill="${k.leaf}"/><path d="M${f(x)} ${f(y + s * 0.3)} H${f(x + s)} M${f(x)} ${f(y + s * 0.7)} H${f(x + s)} M${f(x + s * 0.3)} ${f(y)} V${f(y + s)} M${f(x + s * 0.7)} ${f(y)} V${f(y + s)}" stroke="${k.string}" stroke-width="2.2"/><path d="M${f(x + 8)} ${f(y + 12)} L${f(x + s - 10)} ${f(y + s - 14)}" stroke="#fff" stroke-opacity="0.15" stroke-width="6"/></g>`)
  }
  return out.join("")
}

function craft(r: Random, k: { shape: string; body: string; pattern: string }): string {
  const shadow = `<ellipse cx="160" cy="345" rx="120" ry="16" fill="#000" fill-opacity="0.3"/>`
  const stripes = (x: number, y: number, w: number, h: number, n: number) =>
    Array.from({ length: n }, (_, i) => `<path d="M${f(x)} ${f(y + (h / n) * (i + 0.5))} ${Array.from({ length: 12 }, (_, j) => `L${f(x + (w / 12) * (j + 1))} ${f(y + (h / n) * (i + 0.5) + (j % 2 ? -5 : 5))}`).join(" ")}" stroke="${k.pattern}" stroke-width="${f(r.range(2, 4))}" fill="none"/>`).join("")
  switch (k.shape) {
    case "vase":
      return `${shadow}<path d="M115 340 Q80 250 120 190 Q135 160 130 120 H170 Q165 160 180 190 Q220 250 185 340 Z" fill="${k.body}"/>${stripes(100, 200, 100, 110, 4)}`
    case "bowl":
    case "teaset":
      return `${shadow}<path d="M50 230 Q150 360 250 230 Z" fill="${k.body}"/><ellipse cx="150" cy="230" rx="100" ry="20" fill="${k.body}" stroke="#000" stroke-opacity="0.15"/>${stripes(80, 245, 140, 40, 2)}${k.shape === "teaset" ? `<ellipse cx="230" cy="170" rx="40" ry="34" fill="${k.body}"/><path d="M268 165 q25 -20 30 -35" stroke="${k.body}" stroke-width="8" fill="none"/>${stripes(200, 155, 60, 30, 1)}` : ""}`
    case "basket":
      return `${shadow}<path d="M60 200 L80 340 H220 L240 200 Z" fill="${k.body}"/><path d="M80 200 Q150 90 220 200" stroke="${k.pattern}" stroke-width="9" fill="none"/>${Array.from({ length: 14 }, (_, i) => `<path d="M${60 + i * 13} 200 L${80 + i * 10} 340" stroke="${k.pattern}" stroke-width="2"/>`).join("")}${Array.from({ length: 10 }, (_, i) => `<path d="M${62 + i * 2} ${210 + i * 13} H${238 - i * 2}" stroke="${k.pattern}" stroke-width="3"/>`).join("")}`
    case "hat":
      return `${shadow}<path d="M40 300 L150 130 L260 300 Z" fill="${k.body}"/>${Array.from({ length: 8 }, (_, i) => `<path d="M${f(150 - 14 * (i + 1))} ${f(130 + 21 * (i + 1))} H${f(150 + 14 * (i + 1))}" stroke="${k.pattern}" stroke-width="1.6"/>`).join("")}`
    case "tray":
      return `${shadow}<rect x="40" y="170" width="220" height="160" rx="12" fill="${k.body}"/><rect x="55" y="185" width="190" height="130" rx="8" fill="${k.pattern}"/>${Array.from({ length: 6 }, (_, i) => `<path d="M55 ${200 + i * 20} Q150 ${195 + i * 20 + r.range(-6, 6)} 245 ${200 + i * 20}" stroke="#000" stroke-opacity="0.15" fill="none"/>`).join("")}`
    case "bag":
      return `${shadow}<path d="M90 180 Q150 60 210 180" stroke="${k.pattern}" stroke-width="7" fill="none"/><rect x="70" y="180" width="160" height="150" rx="10" fill="${k.body}"/>${stripes(70, 200, 160, 110, 5)}`
    default:
      return `${shadow}<path d="M30 140 L270 120 L280 340 L20 350 Z" fill="${k.body}"/>${stripes(30, 150, 240, 190, 9)}`
  }
}

/** The SVG of a product's picture, `width` × `height` pixels, the same for the same seed. */
export function productIllustrationSvg(kind: IllustrationKind, seed: string, width: number, height: number): string {
  const r = seededRandom(seed)
  const k = ILLUSTRATION_KINDS[kind]
  const subject =
    k.scene === "fruits" ? fruits(r, k)
    : k.scene === "container" ? container(r, k)
    : k.scene === "sack" ? sack(r, k)
    : k.scene === "pile" ? pile(r, k)
    : k.scene === "parcel" ? parcel(r, k)
    : craft(r, k)
  // A slight tilt and offset, as a hand-held phone frames it.
  const tilt = `rotate(${f(r.range(-5, 5))} 150 200) translate(${f(r.range(-12, 12))} ${f(r.range(-10, 10))})`
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${W} ${H}" preserveAspectRatio="xMidYMid slice">${surface(r)}<g transform="${tilt}">${subject}</g><rect width="${W}" height="${H}" fill="url(#light)"/></svg>`
}
