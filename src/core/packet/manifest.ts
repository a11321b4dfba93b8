import { colors, styles } from './layout';
import type { Flow } from './layout';
import { fileSize } from '../../domain/file-size';
import type { PacketPlan } from './plan';
import { drawTable } from './table';
import type { TableRow } from './table';
import type { TextStyle } from './text';

const hashStyle: TextStyle = { size: 6.8, color: colors.muted };

/** Each exhibit's original file: name, media type, size and SHA-256, as stored. */
export function drawManifest(flow: Flow, plan: PacketPlan): void {
  flow.newPage();
  flow.sectionTitle('Certificate manifest');
  flow.paragraph(
    'The original file behind each exhibit, as kept in the holder’s portfolio. The SHA-256 fingerprint identifies the exact file: any copy with the same fingerprint is byte-for-byte identical.',
    styles.body,
    { after: 12 },
  );
  const rows: TableRow[] = plan.certificates.map(({ certificate, exhibit, index }) => ({
    cells: [
      [
        {
          text: exhibit.certificates.length > 1 ? `${exhibit.number}.${index}` : String(exhibit.number),
          style: styles.smallBold,
        },
      ],
      [
        { text: certificate.fileName, style: styles.smallBold },
        { text: certificate.sha256, style: hashStyle },
      ],
      certificate.mediaType,
      fileSize(certificate.size),
    ],
  }));
  if (rows.length === 0) {
    flow.paragraph('No certificates are attached.', styles.body);
    return;
  }
  drawTable(
    flow,
    [
      { header: 'Exhibit', width: 42, align: 'center' },
      { header: 'File and SHA-256 fingerprint', width: flow.width - 42 - 84 - 60 },
      { header: 'Media type', width: 84 },
      { header: 'Size', width: 60, align: 'right' },
    ],
    rows,
    { continuedTitle: 'Certificate manifest', zebra: true },
  );
}
