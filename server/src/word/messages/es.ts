import type { WordCatalogue } from './en';

/** Lo que comunican las conversiones de Word y PDF, en español (mismos identificadores y parámetros que en.ts). */
export const es: WordCatalogue = {
  'ordinal.first': '{n}º',
  'ordinal.st': '{n}º',
  'ordinal.nd': '{n}º',
  'ordinal.rd': '{n}º',
  'ordinal.th': '{n}º',

  'roll.unreadable.cover': 'El período de sesiones que figura en la portada («{was}») no se puede leer, por lo que no se ha adelantado un año: corríjalo a mano.',
  'roll.unreadable.input': 'El período de sesiones que figura en el párrafo sobre la contribución («{was}») no se puede leer, por lo que no se ha adelantado un año: corríjalo a mano.',
  'roll.session.cover': 'Período de sesiones en la portada: {was} -> {now}.',
  'roll.session.input': 'Período de sesiones en el párrafo sobre la contribución: {was} -> {now}.',
  'roll.no-session': 'No se ha encontrado ningún período de sesiones en la portada, por lo que no se ha adelantado ninguno.',
  'roll.title': 'Título: «efforts in {was}» -> «efforts in {now}».',
  'roll.dates': 'Fechas: «{was}» -> «{now}». Los días y el mes son los del año pasado: confirme las fechas del período de sesiones antes de presentar el texto.',
  'roll.session-year': 'El {session} período de sesiones se celebra en {year}, no en {datesYear}: compruebe el período de sesiones y las fechas.',
  'roll.no-dates': 'No se han encontrado las fechas del período de sesiones en la portada: añada el lugar y las fechas de este año.',

  'import.dangling.one': '{count} llamada de nota remite a una nota que el documento de Word no tiene: se ha omitido.',
  'import.dangling.other': '{count} llamadas de nota remiten a una nota que el documento de Word no tiene: se han omitido.',
  'import.images.one': 'Se ha omitido {count} imagen: un borrador solo contiene texto.',
  'import.images.other': 'Se han omitido {count} imágenes: un borrador solo contiene texto.',
  'import.word-message': 'Documento de Word: {message}',
  'import.unconvertible': 'no es un documento de Word que se pueda convertir ({detail})',
  'import.too-long': 'su texto supera los {chars} miles de caracteres, más de los {max} miles que puede tener un borrador; una contribución tiene unos veinte',

  'docx.unreadable': 'no es un documento de Word legible ({detail})',
  'docx.unreadable-part': 'no es un documento de Word legible ({name}: {detail})',
  'docx.not-zip': 'no es un documento de Word legible (no es un archivo zip)',
  'docx.zip64-missing': 'no es un documento de Word legible (falta su directorio zip64)',
  'docx.zip64-damaged': 'no es un documento de Word legible (su directorio zip64 está dañado)',
  'docx.directory-outside': 'no es un documento de Word legible (su directorio zip está fuera del archivo)',
  'docx.directory-damaged': 'no es un documento de Word legible (su directorio zip está dañado)',
  'docx.directory-inconsistent': 'no es un documento de Word legible (su directorio zip es incoherente en {name})',
  'docx.entries': 'el documento contiene {count} archivos; un documento de Word tiene unas decenas, así que no se importa',
  'docx.part-size': 'su parte {name} ocuparía {size} MB descomprimida; la de una contribución ocupa mucho menos de 1 MB, y se leen como máximo {max} MB',
  'docx.xml-size': 'sus partes XML ocuparían {size} MB descomprimidas; se leen como máximo {max} MB',
  'docx.part-overflow': 'su parte {name} ocupa, descomprimida, más de los {count} bytes que declara su directorio zip (un archivo dañado o falsificado)',
  'docx.file-size': 'el archivo ocupa {size} MB; se leen como máximo {max} MB',
  'docx.xml-over': 'sus partes XML ocupan, descomprimidas, más de {max} MB, el máximo que se lee',
  'docx.tags': 'su XML contiene más de {count} etiquetas; una contribución de pocas páginas tiene unas diez mil',

  'pdf.not-pdf': 'no es un archivo PDF (no empieza por %PDF-)',
  'pdf.unreadable': 'no es un PDF legible ({detail})',
  'pdf.cut-short': 'no es un PDF legible: termina sin la marca de fin de archivo que tiene un PDF, así que probablemente está incompleto (¿una descarga interrumpida?)',
  'pdf.file-size': 'ocupa {size} MB, más de los {max} MB que lee una importación; una contribución ocupa mucho menos de 1 MB',
  'pdf.pages': 'tiene {pages} páginas, y una importación lee como máximo {max}; una contribución tiene de 2 a 4 (guarde las páginas de la contribución en un PDF aparte e importe ese)',
  'pdf.time': 'su lectura ha tardado más de {seconds} s y se ha detenido en la página {page} de {pages}',
  'pdf.chars': 'su texto supera los {max} caracteres en la página {page}; una contribución tiene unos veinte mil',
  'pdf.no-text': 'este PDF no tiene texto que leer: probablemente es un documento escaneado (una imagen de cada página). Páselo antes por un programa de reconocimiento óptico de caracteres (OCR), o importe el documento de Word del que procede',
  'pdf.no-text-cut-short': 'no se ha podido leer ningún texto, y termina sin la marca de fin de archivo que tiene un PDF: probablemente está incompleto (¿una descarga interrumpida?)',
  'pdf.encrypted': 'este PDF está cifrado (pide una contraseña para abrirlo): ábralo, guárdelo o imprímalo como PDF sin contraseña, e importe ese',
  'pdf.empty-pages.one': 'Se ha omitido {count} página sin texto (¿escaneada?): {pages}.',
  'pdf.empty-pages.other': 'Se han omitido {count} páginas sin texto (¿escaneadas?): {pages}.',
  'pdf.unmatched-mark':
    'Página {page}: un pequeño {mark} elevado después de «{after}» podría ser una llamada de nota, pero no se ha encontrado la nota {mark}: se deja como estaba, elevado (<sup>{mark}</sup>).',
  'pdf.unused-footnote': 'Página {page}: ninguna llamada del texto remite a la nota {mark}: su texto se conserva como párrafo al final.',
  'pdf.summary': 'Lectura de {pages}: {paragraphs}, {footnotes}; {unsure}.',
  'pdf.summary.pages.one': '{count} página',
  'pdf.summary.pages.other': '{count} páginas',
  'pdf.summary.paragraphs.one': '{count} párrafo',
  'pdf.summary.paragraphs.other': '{count} párrafos',
  'pdf.summary.footnotes.one': '{count} nota a pie de página',
  'pdf.summary.footnotes.other': '{count} notas a pie de página',
  'pdf.summary.sure': 'ningún punto dudoso',
  'pdf.summary.unsure.one': '{count} punto dudoso, dejado como estaba (véanse las notas)',
  'pdf.summary.unsure.other': '{count} puntos dudosos, dejados como estaban (véanse las notas)',

  'paste.html-size': 'El portapapeles contiene {size} KB de HTML, más de los {max} MB que convierte un pegado.',
  'paste.elements': 'El HTML del portapapeles tiene más de {max} elementos HTML, más de lo que convierte un pegado.',
  'paste.too-long': 'El texto pegado supera los {max} miles de caracteres, más de lo que puede tener un borrador.',

  'export.chars': 'El borrador es demasiado extenso para exportarlo: tiene {count} caracteres, más de los {max} permitidos (una contribución tiene unos veinte mil).',
  'export.pieces':
    'El borrador es demasiado extenso para exportarlo: su documento de Word tendría {count} párrafos, fragmentos, celdas y notas, más de los {max} permitidos (el de una contribución tiene unos pocos miles).',
  'export.footnote-chars':
    'El borrador es demasiado extenso para exportarlo: sus notas a pie de página, cada una repetida en cada llamada, superan los {max} caracteres (las de una contribución, unos pocos miles).',
  'export.removed.one':
    'Se ha omitido {count} carácter que un documento de Word no puede contener (caracteres de control, no caracteres como U+FFFF, mitades de pares suplentes).',
  'export.removed.other':
    'Se han omitido {count} caracteres que un documento de Word no puede contener (caracteres de control, no caracteres como U+FFFF, mitades de pares suplentes).',
  'export.footnote-empty': 'La nota {label} no tiene texto en el borrador: su llamada se conserva como superíndice.',
  'export.footnote-repeated': 'La nota {label} se cita {count} veces: Word recibe una nota a pie de página con su texto en cada llamada.',
  'export.footnote-unused': 'La nota {label} nunca se cita en el texto: se omite.',

  'files.overwrite-export':
    '{path} existe y no es una exportación anterior intacta (se ha guardado desde entonces en un paquete ofimático, o se ha creado de otro modo, como el documento de Word del que procede el borrador); use --force para reemplazarlo, o --out para escribir en otro lugar.',
  'files.overwrite-import': '{path} existe y se ha dejado como estaba; use --out {free} para escribir el nuevo borrador a su lado, o --force para reemplazarlo.',

  'lo.missing':
    'La exportación a PDF necesita LibreOffice, y no se ha encontrado ningún programa soffice o libreoffice fuera del espacio de trabajo. Instale LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui; macOS: brew install --cask libreoffice; Windows: https://www.libreoffice.org/download/), o asigne a WSIS_LIBREOFFICE la ruta absoluta del programa soffice; o exporte con --docx y guarde el documento como PDF desde Word.',
  'lo.missing-not-run':
    'La exportación a PDF necesita LibreOffice, y no se ha encontrado ningún programa soffice o libreoffice fuera del espacio de trabajo. No ejecutados: {programs}. Instale LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui; macOS: brew install --cask libreoffice; Windows: https://www.libreoffice.org/download/), o asigne a WSIS_LIBREOFFICE la ruta absoluta del programa soffice; o exporte con --docx y guarde el documento como PDF desde Word.',
  'lo.in-folder': '{path} (está dentro de la carpeta {folder} del espacio de trabajo)',
  'lo.in-workspace': '{path} (está dentro del espacio de trabajo)',
  'lo.relative': 'WSIS_LIBREOFFICE={value} (no es una ruta absoluta)',
  'lo.timeout': 'LibreOffice no ha terminado en {seconds} s y se ha detenido.',
  'lo.failed': 'LibreOffice no ha podido convertir {file} (código de salida {code}).',
  'lo.failed-detail': 'LibreOffice no ha podido convertir {file} (código de salida {code}: {detail}).',
  'lo.no-start': 'LibreOffice no se ha podido iniciar ({detail}).',
};
