/**
 * "Money arrived": a short rising two-tone chime through Web Audio (no sound file to download)
 * and a vibration where the phone allows it. Browsers allow sound only after the vendor has
 * touched the page once, which the vendor screen asks for.
 */
let audio: AudioContext | null = null

export function unlockArrivalSound() {
  audio ??= new AudioContext()
  void audio.resume()
}

export function signalArrival() {
  navigator.vibrate?.([200, 100, 200])
  if (!audio || audio.state !== "running") return
  const start = audio.currentTime
  for (const [i, frequency] of [880, 1320].entries()) {
    const osc = audio.createOscillator()
    const gain = audio.createGain()
    osc.frequency.value = frequency
    gain.gain.setValueAtTime(0.0001, start + i * 0.18)
    gain.gain.exponentialRampToValueAtTime(0.4, start + i * 0.18 + 0.02)
    gain.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.18 + 0.25)
    osc.connect(gain).connect(audio.destination)
    osc.start(start + i * 0.18)
    osc.stop(start + i * 0.18 + 0.3)
  }
}
