import { useEffect, useId, useRef, useState } from "preact/hooks";
import { errorMessage } from "../../api/errors.js";
import { diaryApi } from "../../api/diary-api.js";

/** The parts of the BarcodeDetector API (Shape Detection API) used here; not in TypeScript's DOM lib. */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type BarcodeDetectorCtor = new (o: { formats: string[] }) => BarcodeDetectorLike;

function detectorCtor(): BarcodeDetectorCtor | null {
  const c = (globalThis as { BarcodeDetector?: BarcodeDetectorCtor }).BarcodeDetector;
  return typeof c === "function" && typeof navigator.mediaDevices?.getUserMedia === "function" ? c : null;
}

/** EAN-13, EAN-8, UPC-A and UPC-E are 8–14 digits. */
export function normaliseBarcode(raw: string): string | null {
  const digits = raw.replace(/[\s-]/g, "");
  return /^\d{8,14}$/.test(digits) ? digits : null;
}

/**
 * Barcode by number, and by camera where the browser has BarcodeDetector (feature-detected:
 * the camera button only appears where it can work).
 */
export function BarcodeEntry({ onFound }: { onFound: (food: { id: string; name: string }) => void }) {
  const id = useId();
  const [code, setCode] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [scanning, setScanning] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const Detector = detectorCtor();

  async function look(raw: string) {
    const c = normaliseBarcode(raw);
    if (!c) return setMessage("A barcode is 8 to 14 digits.");
    setBusy(true);
    setMessage(null);
    try {
      const r = await diaryApi.barcode(c);
      if (r.found && r.food) onFound({ id: r.food.id, name: r.food.displayName });
      else
        setMessage(
          r.unavailable
            ? `The product database could not be reached: ${r.unavailable}`
            : `No product with barcode ${c}.`,
        );
    } catch (e) {
      setMessage(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => {
    if (!scanning || !Detector) return;
    let stream: MediaStream | null = null;
    let stopped = false;
    const detector = new Detector({ formats: ["ean_13", "ean_8", "upc_a", "upc_e"] });
    const loop = async () => {
      const v = video.current;
      if (stopped || !v) return;
      try {
        const found = await detector.detect(v);
        const hit = found[0]?.rawValue;
        if (hit) {
          setScanning(false);
          setCode(hit);
          void look(hit);
          return;
        }
      } catch {
        // The frame was not ready; try the next one.
      }
      setTimeout(() => void loop(), 250);
    };
    navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } }).then(
      async (s) => {
        stream = s;
        if (stopped || !video.current) return s.getTracks().forEach((t) => t.stop());
        video.current.srcObject = s;
        await video.current.play();
        void loop();
      },
      (e: unknown) => {
        setScanning(false);
        setMessage(`The camera is not available: ${errorMessage(e)}`);
      },
    );
    return () => {
      stopped = true;
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [scanning]);

  return (
    <form
      class="barcode"
      onSubmit={(e) => {
        e.preventDefault();
        void look(code);
      }}
      noValidate
    >
      <label for={`${id}-code`}>Barcode number</label>
      <div class="field__row">
        <input
          id={`${id}-code`}
          type="text"
          inputMode="numeric"
          autocomplete="off"
          value={code}
          onInput={(e) => setCode(e.currentTarget.value)}
        />
        <button type="submit" class="button secondary" disabled={busy}>
          Look up
        </button>
      </div>
      {Detector && (
        <p>
          <button type="button" class="button secondary" onClick={() => setScanning((s) => !s)}>
            {scanning ? "Stop camera" : "Scan with camera"}
          </button>
        </p>
      )}
      {scanning && (
        <video ref={video} class="barcode__video" muted playsInline aria-label="Camera view for scanning" />
      )}
      {message && <p role="status">{message}</p>}
    </form>
  );
}
