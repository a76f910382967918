/**
 * Shrinks a phone photo before it goes up a 3G line: a 12 MP camera JPEG (~4 MB) becomes a
 * ~2048 px JPEG of a few hundred KB. The server still makes its own WebP variants and strips
 * EXIF; re-encoding here drops EXIF (GPS included) before it ever leaves the phone. Anything the
 * browser cannot decode (HEIC on Android Chrome, say) goes up as it is and the server decides.
 */
export async function shrinkPhoto(file: File, maxSide = 2048, quality = 0.85): Promise<File> {
  if (!file.type.startsWith("image/") || typeof createImageBitmap !== "function") return file
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" })
    const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height))
    if (scale === 1 && file.size < 1_500_000) {
      bitmap.close()
      return file
    }
    const canvas = document.createElement("canvas")
    canvas.width = Math.round(bitmap.width * scale)
    canvas.height = Math.round(bitmap.height * scale)
    canvas.getContext("2d")!.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
    bitmap.close()
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", quality))
    if (!blob || blob.size >= file.size) return file
    return new File([blob], `${file.name.replace(/\.[^.]+$/, "") || "photo"}.jpg`, { type: "image/jpeg" })
  } catch {
    return file
  }
}
