/**
 * The built-in rule packs' own sentences (category descriptions, notes, unverified
 * figures, routes back after a lapse, kind rules' reasons) in Spanish, by their English
 * text. A test checks every built-in pack sentence has its Spanish here, and nothing here
 * is left over. Body and credential names stay as they are.
 */
export const packProseEs: Readonly<Record<string, string>> = {
  'Medical coding, billing, patient charting, scheduling and other office work.':
    'Codificación médica, facturación, expedientes de pacientes, citas y otras tareas de oficina.',
  'Treating, examining and assessing patients.': 'Atender, examinar y evaluar a los pacientes.',
  'Topics for every medical assistant that are neither administrative nor clinical, such as communication, law and ethics.':
    'Temas para todo asistente médico que no son ni administrativos ni clínicos, como comunicación, leyes y ética.',
  'At least 10 administrative, 10 clinical and 10 general points, and 30 more from any of the three.':
    'Al menos 10 puntos administrativos, 10 clínicos y 10 generales, y 30 más de cualquiera de las tres categorías.',
  'At least 30 of the 60 points must be AAMA-approved CEUs: at most 30 can come from other providers.':
    'Al menos 30 de los 60 puntos deben ser CEU aprobados por la AAMA: como máximo 30 pueden venir de otros proveedores.',
  'Credit must be earned inside the cycle. CPR is not required, but a two-year CPR card issued inside the cycle counts as 4 clinical points (at most 3 cards); only two-year cards count; submit the front and back.':
    'Los créditos deben obtenerse dentro del período. La RCP no es obligatoria, pero una tarjeta de RCP de dos años emitida dentro del período cuenta como 4 puntos clínicos (como máximo 3 tarjetas); solo cuentan las tarjetas de dos años; envíe el frente y el reverso.',
  'The 50-minute minimum applies to programs from providers other than the AAMA.':
    'El mínimo de 50 minutos se aplica a los programas de proveedores que no son la AAMA.',
  'Processing: a mailed application takes about 30 days, online 2–3 weeks, online expedited 5–7 days; instant when every credit is an AAMA CEU.':
    'Trámite: una solicitud por correo postal tarda unos 30 días, en línea 2–3 semanas, en línea urgente 5–7 días; es inmediato cuando todos los créditos son CEU de la AAMA.',
  'Non-AAMA credit is not on the AAMA transcript: keep the certificate (your name, date, title, amount and type of credit, issuing organization) and a course description, and submit them with the application. Applications with outside credit take weeks to process; AAMA-only ones are quick.':
    'Los créditos que no son de la AAMA no aparecen en el historial de la AAMA: guarde el certificado (su nombre, la fecha, el título, la cantidad y el tipo de créditos, la organización que lo emite) y una descripción del curso, y envíelos con la solicitud. Las solicitudes con créditos externos tardan semanas; las que solo tienen créditos de la AAMA son rápidas.',
  'Or recertify by exam: pass at least 2 months before expiry, with the application in at least 30 days before expiry.':
    'O recertifíquese por examen: apruébelo al menos 2 meses antes del vencimiento, con la solicitud entregada al menos 30 días antes del vencimiento.',
  'Recertification fee (about $125 for members, $250 for non-members) comes from secondary sources only.':
    'La cuota de recertificación (unos $125 para miembros, $250 para no miembros) viene solo de fuentes secundarias.',
  'A 60-minute clock hour counted as 1 point and an IACET CEU as 10 points are the app’s reading: no AAMA source gives a 60-minute hour more than 1 point.':
    'Contar una hora reloj de 60 minutos como 1 punto y un CEU de IACET como 10 puntos es la interpretación de la aplicación: ninguna fuente de la AAMA da más de 1 punto a una hora de 60 minutos.',
  'Whether CPR card points count toward the 30 AAMA-approved points is not stated: the app treats them as outside credit.':
    'No se indica si los puntos de la tarjeta de RCP cuentan para los 30 puntos aprobados por la AAMA: la aplicación los trata como créditos externos.',
  'Reactivate by exam': 'Reactivar por examen',
  'Retake the CMA (AAMA) exam (3 attempts; after a third failure only a new accredited program restores eligibility) and pay the $50 reactivation fee plus the exam fee.':
    'Vuelva a presentar el examen CMA (AAMA) (3 intentos; después de un tercer fracaso, solo un nuevo programa acreditado devuelve la elegibilidad) y pague la cuota de reactivación de $50 más la cuota del examen.',
  '30 CCP points every 3 years, earned inside the cycle; no rollover.':
    '30 puntos CCP cada 3 años, obtenidos dentro del período; no se pasan al período siguiente.',
  'Employment no longer earns CCP points (ended in 2020).':
    'El empleo ya no da puntos CCP (terminó en 2020).',
  'AMT records its own CE automatically; other documents are asked for only in an audit (random audits each January; failing one means decertification). Keep every certificate.':
    'AMT registra su propia EC automáticamente; los demás documentos solo se piden en una auditoría (auditorías al azar cada enero; no aprobarla significa perder la certificación). Guarde todos los certificados.',
  'The yearly fee is due in your anniversary month; one fee covers RMA and CMAS held together (the app’s reading).':
    'La cuota anual vence en el mes de su aniversario; una sola cuota cubre RMA y CMAS juntas (interpretación de la aplicación).',
  'After a lapse: reactivate by CCP (credit from the three years before the application counts) or by exam; after 10 years lapsed, only by exam.':
    'Después de vencer: reactive por CCP (cuentan los créditos de los tres años anteriores a la solicitud) o por examen; después de 10 años vencida, solo por examen.',
  'One contact hour (a 50-minute session) or one clock hour counts as one credit, and an IACET CEU as ten: this is the app’s reading; the body may convert differently.':
    'Una hora de contacto (una sesión de 50 minutos) o una hora reloj cuenta como un crédito, y un CEU de IACET como diez: es la interpretación de la aplicación; el organismo puede convertir de otra forma.',
  'An AAMA CEU counted as one CCP point is the app’s reading.':
    'Contar un CEU de la AAMA como un punto CCP es la interpretación de la aplicación.',
  'College credit is not converted: AMT’s conversion is not in the sources we checked. Enter the CCP points AMT assigns, or set a conversion for this credential.':
    'Los créditos universitarios no se convierten: la conversión de AMT no está en las fuentes que revisamos. Anote los puntos CCP que asigne AMT, o fije una conversión para esta credencial.',
  'The reactivation fee amount is not in the sources we checked.':
    'El monto de la cuota de reactivación no está en las fuentes que revisamos.',
  'One annual fee covering both RMA and CMAS is the app’s reading.':
    'Que una sola cuota anual cubra RMA y CMAS es la interpretación de la aplicación.',
  'Per-kind caps (professional education, formal education, authorship, instructional presentations, organizational participation) are not published in the sources we checked; none are applied.':
    'Los límites por tipo (educación profesional, educación formal, autoría, presentaciones docentes, participación en organizaciones) no están publicados en las fuentes que revisamos; no se aplica ninguno.',
  'Reactivate by CCP': 'Reactivar por CCP',
  'Send AMT a reactivation application with its fee; the application is valid for 6 months, and all activities must have been completed within the past three years.':
    'Envíe a AMT una solicitud de reactivación con su cuota; la solicitud vale 6 meses, y todas las actividades deben haberse completado en los últimos tres años.',
  'Pass the certification exam again (the only route once lapsed 10 years or more).':
    'Apruebe otra vez el examen de certificación (la única opción después de 10 años o más vencida).',
  '10 CE credits every 2 years.': '10 créditos de EC cada 2 años.',
  'NHA’s portal shows "Ready to renew" once enough credits are in.':
    'El portal de NHA muestra "Ready to renew" cuando ya hay suficientes créditos.',
  'NHA sells a membership that includes CE: check whether it is cheaper than paying for courses and the fee separately.':
    'NHA vende una membresía que incluye EC: compare si le sale más barata que pagar los cursos y la cuota por separado.',
  'Renewal fee: sources say $179 and $185; neither is confirmed by NHA.':
    'Cuota de renovación: las fuentes dicen $179 y $185; NHA no confirma ninguna de las dos.',
  'An AAMA CEU counted as one CE credit is the app’s reading.':
    'Contar un CEU de la AAMA como un crédito de EC es la interpretación de la aplicación.',
  'Whether NHA counts a CPR/BLS card as CE is not in the sources we checked; a CPR card counts only with the credit you enter.':
    'Las fuentes que revisamos no dicen si NHA cuenta una tarjeta de RCP (BLS) como EC; una tarjeta de RCP cuenta solo con los créditos que usted anote.',
  'Annual renewal by calendar year: 14 clock hours of CE a year and the yearly fee (both unverified).':
    'Renovación anual por año calendario: 14 horas reloj de EC al año y la cuota anual (las dos sin confirmar).',
  'An outside course may be completed no earlier than the calendar year before the recertification year.':
    'Un curso externo no puede completarse antes del año calendario anterior al año de recertificación.',
  'CPR, BLS, PALS and first-aid cards do not count as CE. Repeating the same course earns nothing; documents must come from the provider.':
    'Las tarjetas de RCP, BLS, PALS y primeros auxilios no cuentan como EC. Repetir el mismo curso no da créditos; los documentos deben venir del proveedor.',
  'Annual renewal fee about $77 comes from secondary sources only.':
    'La cuota anual de renovación de unos $77 viene solo de fuentes secundarias.',
  '14 clock hours a year comes from secondary sources only.':
    'Las 14 horas reloj al año vienen solo de fuentes secundarias.',
  'When a certificate states its minutes, the app counts minutes / 60 clock hours for a single contact-hour or clock-hour credit: the app’s reading of "clock hour".':
    'Cuando un certificado indica sus minutos, la aplicación cuenta minutos / 60 horas reloj para un crédito único de hora de contacto u hora reloj: es su interpretación de "hora reloj".',
  'Renewal by calendar year, with outside credit from 1 January of the previous year, is the app’s reading of NCCT policy CE-0309: confirm with NCCT.':
    'La renovación por año calendario, con créditos externos desde el 1 de enero del año anterior, es la interpretación de la aplicación de la política CE-0309 de NCCT: confírmelo con NCCT.',
  'A contact hour or AAMA CEU counted as 50/60 of a clock hour and an IACET CEU as 10 clock hours are the app’s conversions. If your certificate states 60-minute hours, enter them as clock hours.':
    'Contar una hora de contacto o un CEU de la AAMA como 50/60 de hora reloj y un CEU de IACET como 10 horas reloj son conversiones de la aplicación. Si su certificado indica horas de 60 minutos, anótelas como horas reloj.',
  'Recertify late': 'Recertificarse tarde',
  'Meet the CE requirement and pay the renewal fee; NCCT allows this for up to five years.':
    'Cumpla el requisito de EC y pague la cuota de renovación; NCCT lo permite hasta por cinco años.',
  'Retake the exam': 'Volver a presentar el examen',
  'After five years without meeting the requirements, retake the NCCT exam.':
    'Después de cinco años sin cumplir los requisitos, vuelva a presentar el examen de NCCT.',
  'NCCT does not accept CPR, BLS, PALS or first-aid cards as CE (outside-CE policy CE-0309: activities that require periodic renewal).':
    'NCCT no acepta tarjetas de RCP, BLS, PALS ni de primeros auxilios como EC (política de EC externa CE-0309: actividades que requieren renovación periódica).',
  'Valid 2 years from the test date; 10 CE credits every 2 years.':
    'Vale 2 años desde la fecha del examen; 10 créditos de EC cada 2 años.',
  'Outside credit is reviewed and must show your name, hours, date and course title.':
    'Los créditos externos se revisan y deben mostrar su nombre, las horas, la fecha y el título del curso.',
  'Renewal fee: not in the sources we checked. Add it to this credential when you know it.':
    'Cuota de renovación: no está en las fuentes que revisamos. Agréguela a esta credencial cuando la sepa.',
  'The 30-day grace period comes from an older AMCA page only.':
    'El período de gracia de 30 días viene solo de una página antigua de AMCA.',
};
