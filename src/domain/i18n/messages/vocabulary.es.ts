import type { CatalogOf } from '../catalog';
import type { vocabulary as english } from './vocabulary.en';

/** Las palabras propias del portafolio: tipos de actividad, unidades de crédito y categorías. */
export const vocabulary: CatalogOf<typeof english> = {
  kinds: {
    seminar: 'Seminario',
    conference: 'Congreso',
    online_course: 'Curso en línea',
    workshop: 'Taller',
    training_program: 'Programa de capacitación',
    publication: 'Investigación o artículo publicado',
    exam: 'Examen de certificación',
    self_study: 'Programa de autoestudio',
    journal_article_test: 'Artículo de revista con examen',
    college_course: 'Curso universitario',
    cpr_card: 'Tarjeta de RCP (BLS)',
    instructional_presentation: 'Presentación educativa',
    organizational_participation: 'Participación en una organización',
    other: 'Otro',
  },
  units: {
    contact_hour: '{count, plural, one {hora de contacto} other {horas de contacto}}',
    clock_hour: '{count, plural, one {hora reloj} other {horas reloj}}',
    aama_ceu: '{count, plural, one {CEU de la AAMA} other {CEU de la AAMA}}',
    amt_ccp_point: '{count, plural, one {punto CCP de AMT} other {puntos CCP de AMT}}',
    nha_ce_credit: '{count, plural, one {CE credit de NHA} other {CE credits de NHA}}',
    amca_ce_credit: '{count, plural, one {CE credit de AMCA} other {CE credits de AMCA}}',
    iacet_ceu: '{count, plural, one {CEU de IACET} other {CEU de IACET}}',
    college_credit: '{count, plural, one {crédito universitario} other {créditos universitarios}}',
    contact_hour_60:
      '{count, plural, one {hora de contacto de 60 minutos} other {horas de contacto de 60 minutos}}',
    cme_category_1: '{count, plural, one {crédito AMA PRA Category 1} other {créditos AMA PRA Category 1}}',
  },
  unitNotes: {
    contact_hour: 'una sesión de 50 minutos',
    clock_hour: '60 minutos',
    aama_ceu: '1 punto de recertificación de la AAMA',
    amt_ccp_point: 'Certification Continuation Program de AMT',
    nha_ce_credit: 'National Healthcareer Association',
    amca_ce_credit: 'American Medical Certification Association',
    iacet_ceu: '10 horas de contacto',
    college_credit: 'un crédito trimestral o semestral',
    contact_hour_60: 'una hora de 60 minutos, como la cuentan los certificados de enfermería (ANCC)',
    cme_category_1: 'CME de médicos, contado en horas',
  },
  categories: {
    administrative: 'Administrativa',
    clinical: 'Clínica',
    general: 'General',
  },
};
