/** Photos for the API: base64 without the data-URL prefix. */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

export function base64FromBytes(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

export async function photoInput(file: File): Promise<{ fileName: string; contentType: string; contentBase64: string; takenAt?: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return {
    fileName: file.name,
    contentType: file.type || 'image/jpeg',
    contentBase64: base64FromBytes(bytes),
    takenAt: file.lastModified ? new Date(file.lastModified).toISOString() : undefined,
  };
}
