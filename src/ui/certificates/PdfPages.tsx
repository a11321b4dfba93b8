import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  Group,
  Modal,
  ScrollArea,
  Skeleton,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import type { PDFDocumentProxy } from './pdf-document';

type Props = {
  bytes: Uint8Array;
  /** Draw at most this many pages from the start. */
  maxPages: number;
  /** Width of each page in CSS pixels. */
  width: number;
  /** What the pages show, for screen readers: "Preview of certificate.pdf". */
  label: string;
  /** Called with the document's page count once it is open. */
  onPageCount?(count: number): void;
  /** Whether a page opens larger when clicked (with paging through the whole document). */
  enlargeable?: boolean;
};

type State =
  | { status: 'loading' }
  | { status: 'ready'; pdf: PDFDocumentProxy }
  | { status: 'failed'; reason: 'password' | 'damaged' | 'other' };

/** The first pages of a PDF drawn as thumbnails with pdf.js (loaded only when a PDF is shown). */
export function PdfPages({ bytes, maxPages, width, label, onPageCount, enlargeable = false }: Props) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [opened, setOpened] = useState<number | null>(null);
  const { t } = useTranslation();
  const onPageCountRef = useRef(onPageCount);
  useEffect(() => {
    onPageCountRef.current = onPageCount;
  });

  useEffect(() => {
    let cancelled = false;
    let opened: PDFDocumentProxy | null = null;
    setState({ status: 'loading' });
    import('./pdf-document')
      .then(({ openPdf }) => openPdf(bytes))
      .then((pdf) => {
        opened = pdf;
        if (cancelled) return void pdf.destroy();
        onPageCountRef.current?.(pdf.numPages);
        setState({ status: 'ready', pdf });
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        const reason =
          error instanceof Error && error.name === 'PdfPreviewError'
            ? (error as Error & { reason: 'password' | 'damaged' }).reason
            : 'other';
        setState({ status: 'failed', reason });
      });
    return () => {
      cancelled = true;
      void opened?.destroy();
    };
  }, [bytes]);

  const pageHeight = Math.round(width * 1.3);
  if (state.status === 'loading') {
    return <Skeleton width={width} height={pageHeight} aria-label={t('certificates.loading', { label })} />;
  }
  if (state.status === 'failed') {
    return (
      <Alert color="gray" variant="light" title={t('certificates.noPreview')}>
        {t(
          state.reason === 'password'
            ? 'certificates.needsPassword'
            : state.reason === 'damaged'
              ? 'certificates.damaged'
              : 'certificates.cannotPreview',
        )}
      </Alert>
    );
  }
  const shown = Math.min(state.pdf.numPages, maxPages);
  return (
    <Group gap="md" align="flex-start">
      {Array.from({ length: shown }, (_, i) =>
        enlargeable ? (
          <UnstyledButton
            key={i}
            onClick={() => setOpened(i + 1)}
            aria-label={t('certificates.openPageLarger', { label, page: i + 1 })}
            style={{ borderRadius: 'var(--mantine-radius-sm)' }}
          >
            <PdfPageCanvas pdf={state.pdf} pageNumber={i + 1} width={width} label={label} />
          </UnstyledButton>
        ) : (
          <PdfPageCanvas key={i} pdf={state.pdf} pageNumber={i + 1} width={width} label={label} />
        ),
      )}
      {state.pdf.numPages > shown && maxPages > 1 ? (
        <Text size="sm" c="dimmed" maw={width}>
          {t('certificates.morePages', { count: state.pdf.numPages - shown })}
        </Text>
      ) : null}
      {enlargeable ? (
        <PdfPageModal pdf={state.pdf} pageNumber={opened} onPageChange={setOpened} label={label} />
      ) : null}
    </Group>
  );
}

/** One page at reading size, with Previous/Next through the document. */
function PdfPageModal({
  pdf,
  pageNumber,
  onPageChange,
  label,
}: {
  pdf: PDFDocumentProxy;
  pageNumber: number | null;
  onPageChange(page: number | null): void;
  label: string;
}) {
  const total = pdf.numPages;
  const { t } = useTranslation();
  return (
    <Modal opened={pageNumber !== null} onClose={() => onPageChange(null)} title={label} size="auto" centered>
      {pageNumber !== null ? (
        <Stack gap="sm" align="center">
          <ScrollArea.Autosize mah="75vh" type="auto">
            <PdfPageCanvas pdf={pdf} pageNumber={pageNumber} width={720} label={label} />
          </ScrollArea.Autosize>
          {total > 1 ? (
            <Group justify="center" gap="md">
              <Button
                variant="default"
                size="xs"
                disabled={pageNumber <= 1}
                onClick={() => onPageChange(pageNumber - 1)}
              >
                {t('certificates.previousPage')}
              </Button>
              <Text size="sm" aria-live="polite">
                {t('certificates.pageOf', { page: pageNumber, total })}
              </Text>
              <Button
                variant="default"
                size="xs"
                disabled={pageNumber >= total}
                onClick={() => onPageChange(pageNumber + 1)}
              >
                {t('certificates.nextPage')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      ) : null}
    </Modal>
  );
}

function PdfPageCanvas({
  pdf,
  pageNumber,
  width,
  label,
}: {
  pdf: PDFDocumentProxy;
  pageNumber: number;
  width: number;
  label: string;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);
  const [failed, setFailed] = useState(false);
  const { t } = useTranslation();

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    let cancelled = false;
    import('./pdf-document')
      .then(({ drawPage }) => drawPage(pdf, pageNumber, canvas, width))
      .then(() => !cancelled && setDrawn(true))
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [pdf, pageNumber, width]);

  if (failed) {
    return (
      <Text size="sm" c="dimmed" w={width}>
        {t('certificates.pageFailed', { page: pageNumber })}
      </Text>
    );
  }
  return (
    <div style={{ position: 'relative', width }}>
      {!drawn ? (
        <Skeleton width={width} height={Math.round(width * 1.3)} style={{ position: 'absolute' }} />
      ) : null}
      <canvas
        ref={canvasRef}
        role="img"
        aria-label={t('certificates.page', { label, page: pageNumber })}
        style={{
          display: 'block',
          width,
          border: '1px solid var(--mantine-color-gray-3)',
          borderRadius: 'var(--mantine-radius-sm)',
          background: 'white',
          boxShadow: 'var(--mantine-shadow-xs)',
        }}
      />
    </div>
  );
}
