/**
 * The recertification packet: one PDF a reviewer can follow, built from the holder's
 * records, the rules engine's evaluation and the stored certificates.
 */
export { buildPacket, checkCertificates } from './build-packet';
export { writePacket } from './write-packet';
export { setPacketFontsDirectory } from './fonts';
export { PacketProblemsError } from './types';
export type {
  BuildPacketOptions,
  BuiltPacket,
  CertificateProblem,
  PacketProgress,
  PacketSource,
  PacketSourceOptions,
  WrittenPacket,
} from './types';
