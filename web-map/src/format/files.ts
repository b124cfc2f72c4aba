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

/** A file's media type, also for CAD drawings browsers leave untyped. */
export function contentTypeOf(file: { name: string; type: string }): string {
  if (file.type) return file.type;
  const ext = file.name.toLowerCase().split('.').pop();
  return ext === 'dwg' ? 'image/vnd.dwg' : ext === 'dxf' ? 'image/vnd.dxf' : ext === 'pdf' ? 'application/pdf' : 'application/octet-stream';
}

/** A document for the API (dossier documents, clearance papers): its name, media type and base64 bytes. */
export async function documentInput(file: File): Promise<{ fileName: string; contentType: string; contentBase64: string }> {
  return { fileName: file.name, contentType: contentTypeOf(file), contentBase64: base64FromBytes(new Uint8Array(await file.arrayBuffer())) };
}
