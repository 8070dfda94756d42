/** Saves `blob` as a file named `name` through a temporary download link (nothing leaves the device). */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers start reading the URL after click() returns: revoke it later, not at once.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
