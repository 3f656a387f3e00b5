import type { CliCatalogue } from './en';

/**
 * El texto propio de la línea de comandos, en español (los mismos identificadores y parámetros que
 * el catálogo inglés). Los nombres de las opciones, los identificadores de regla y las rutas no se
 * traducen.
 */
export const es: CliCatalogue = {
  usage: `Uso: wsis-lint [opciones] RUTA...
     wsis-lint export --docx|--pdf [--out RUTA] [--strict] ARCHIVO
     wsis-lint import [--roll-forward] [--out RUTA] [--force] ARCHIVO.docx

Revisa borradores de contribuciones a la CMSI (en Markdown) conforme a la
plantilla del informe de la Comisión de Ciencia y Tecnología para el Desarrollo
(CSTD). RUTA es un archivo, una carpeta (sus archivos *.wsis.md y los archivos
*.md que parecen contribuciones) o un patrón glob; «-» lee un borrador de la
entrada estándar.

Opciones:
  --format text|json|sarif   formato de salida (por defecto: text)
  --config ARCHIVO           usar este .wsisrc.json en lugar de buscar uno
  --fix                      aplicar en el propio archivo todas las correcciones
                             automáticas e indicar lo que queda
  --quiet                    indicar solo los errores
  --locale en|fr|es          idioma de los mensajes (por defecto: el de LC_ALL,
                             LC_MESSAGES o LANG; si no, el inglés)
  -h, --help                 mostrar esta ayuda
  -v, --version              mostrar la versión

«wsis-lint export --help» y «wsis-lint import --help» describen los comandos
de Word.

Código de salida: 0 ningún problema de nivel error, 1 algún problema de nivel
error, 2 errores de uso o de entrada y salida (los demás archivos se revisan
igualmente).`,
  'usage.export': `Uso: wsis-lint export --docx|--pdf [opciones] ARCHIVO

Escribe el borrador ARCHIVO como documento de Word maquetado como una
contribución publicada (portada centrada y en negrita, partes como títulos,
notas al pie de Word), o como PDF generado a partir de él con LibreOffice. El
resultado se guarda junto al borrador como NOMBRE.docx o NOMBRE.pdf. Un
borrador que aún tiene problemas de nivel error se exporta con una advertencia.

Opciones:
  --docx             escribir un documento de Word (por defecto)
  --pdf              escribir un PDF (requiere LibreOffice: soffice en el PATH
                     o WSIS_LIBREOFFICE)
  --out RUTA         escribir aquí
  --strict           negarse a exportar un borrador con problemas de nivel
                     error (código de salida 1)
  --force            reemplazar RUTA aunque no sea una exportación anterior
                     intacta
  --config ARCHIVO   usar este .wsisrc.json para la revisión previa a la
                     exportación
  --timeout SEGUNDOS tiempo concedido a LibreOffice (por defecto 120)
  --locale en|fr|es  idioma de los mensajes
  -h, --help         mostrar esta ayuda`,
  'usage.import': `Uso: wsis-lint import [opciones] ARCHIVO.docx|ARCHIVO.pdf

Crea un borrador en Markdown a partir de un documento de Word o de un PDF (la
contribución publicada el año pasado, por ejemplo): títulos, párrafos, listas,
énfasis, enlaces y notas al pie, con la portada y las partes escritas como las
escribe la plantilla. De un PDF, las líneas cortadas se unen en párrafos, se
quitan los números de página y los encabezados, y las notas a pie de página se
asocian a sus llamadas; un resumen indica cuántas páginas, párrafos y notas se
leyeron, y qué quedó dudoso. El borrador se guarda junto al documento como
NOMBRE.wsis.md.

Opciones:
  --roll-forward     empezar el borrador de este año a partir del del año
                     pasado: sesión, años y fechas un año después (confirme las
                     fechas: solo cambia su año)
  --out RUTA         escribir aquí («-» escribe en la salida estándar)
  --force            reemplazar RUTA si existe
  --locale en|fr|es  idioma de los mensajes
  -h, --help         mostrar esta ayuda`,
  'args.needs-value': '{option} necesita un valor.',
  'args.unknown-format': 'Formato desconocido «{format}»: use text, json o sarif.',
  'args.unknown-locale': 'Idioma desconocido «{locale}»: use en, fr o es.',
  'args.unknown-option': 'Opción desconocida «{option}».',
  'args.no-paths': 'Indique al menos un archivo o una carpeta que revisar.',
  'args.timeout': '--timeout espera un número de segundos, no «{value}».',
  'args.unknown-option-for': 'Opción desconocida «{option}» para {command}.',
  'args.one-format': 'Elija una de las opciones --docx y --pdf.',
  'args.export-none': 'Indique el borrador que exportar.',
  'args.export-many': 'Exporte un solo borrador cada vez.',
  'args.export-stdin': 'Para exportar se necesita el borrador como archivo (el resultado se guarda junto a él), no la entrada estándar.',
  'args.import-none': 'Indique el documento de Word (.docx) o el PDF que importar.',
  'args.import-many': 'Importe un solo documento cada vez.',
  'args.see-help': 'Ejecute «wsis-lint --help» para ver el uso.',
  'args.see-command-help': 'Ejecute «wsis-lint {command} --help» para ver el uso.',
  'check.fix-stdin': '--fix no puede reescribir la entrada estándar; indique el archivo.',
  'check.config-unread': '{error}; se usan los valores predeterminados.',
  'check.cannot-read': '{file}: no se puede leer ({reason}).',
  'check.binary': '{file}: no es un archivo de texto; se omite.',
  'check.not-utf8': '{file}: no corregido: no está en UTF-8 válido (¿Latin-1 u otra codificación?); guárdelo antes en UTF-8. El archivo no se ha modificado.',
  'check.fixed.one': '{file}: {count} problema corregido.',
  'check.fixed.other': '{file}: {count} problemas corregidos.',
  'check.cannot-write': '{file}: no se pueden escribir las correcciones ({error}); el archivo no se ha modificado.',
  'check.no-drafts-here': '{folder}: aquí no hay borradores (ningún archivo *.wsis.md ni ningún archivo *.md que parezca una contribución).',
  'check.failure': 'fallo inesperado: {error}',
  'files.bad-glob': '{path}: no es un patrón glob válido ({error}).',
  'files.no-match': '{path}: ningún archivo coincide con este patrón.',
  'files.missing': '{path}: no existe el archivo o la carpeta.',
  'files.unreadable-folder': '{path}: no se puede leer esta carpeta ({error}).',
  'files.no-drafts': '{path}: no hay borradores (archivos *.md) en esta carpeta.',
  'summary.checked.one': '{count} archivo revisado',
  'summary.checked.other': '{count} archivos revisados',
  'summary.problems.one': '{count} problema',
  'summary.problems.other': '{count} problemas',
  'summary.errors.one': '{count} error',
  'summary.errors.other': '{count} errores',
  'summary.warnings.one': '{count} advertencia',
  'summary.warnings.other': '{count} advertencias',
  'summary.info.one': '{count} aviso informativo',
  'summary.info.other': '{count} avisos informativos',
  'summary.fixable.one': '{count} se puede corregir con --fix',
  'summary.fixable.other': '{count} se pueden corregir con --fix',
  'summary.clean': '{checked}: ningún problema.',
  'summary.found': '{checked}: {problems} ({errors}, {warnings}, {info}).',
  'summary.found-fixable': '{checked}: {problems} ({errors}, {warnings}, {info}); {fixable}.',
  'word.config-problems': '{path} tiene {count} problema(s); ejecute «wsis-lint {file}» para verlos.',
  'word.note': '{file}: nota: {note}',
  'word.not-utf8': '{file}: no exportado: no está en UTF-8 válido (¿Latin-1 u otra codificación?); guárdelo antes en UTF-8.',
  'word.cannot-read': '{file}: no se puede leer ({reason}).',
  'word.still-errors.one': '{file} aún tiene {count} problema de nivel error:',
  'word.still-errors.other': '{file} aún tiene {count} problemas de nivel error:',
  'word.strict': 'no exportado (--strict). Corrija los problemas, o exporte sin --strict.',
  'word.anyway': 'se exporta de todos modos (use --strict para negarse).',
  'word.wrote.one': 'Se ha escrito {path} ({count} nota al pie).',
  'word.wrote.other': 'Se ha escrito {path} ({count} notas al pie).',
  'word.cannot-write-pdf': 'no se puede escribir el PDF ({reason}).',
  'word.cannot-write-docx': 'no se puede escribir el documento de Word ({reason}).',
  'word.no-such-file': '{file}: no existe el archivo.',
  'word.cannot-import': '{file}: no se puede importar ({reason}).',
};
