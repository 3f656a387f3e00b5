import type { Catalogue } from './en';

/**
 * Los mensajes en español (los mismos identificadores y parámetros que el catálogo inglés).
 * Los nombres de las partes van en minúscula: ninguna frase empieza por ellos.
 */
export const es: Catalogue = {
  'part.1': 'la primera parte',
  'part.2': 'la segunda parte',
  'part.3': 'la tercera parte',
  'check.rule-failed': 'La regla «{rule}» no pudo revisar este borrador ({error}). Las demás reglas se aplicaron; le rogamos que informe de este problema.',
  'part-empty.no-text': 'Todavía no hay texto en {part}: redáctela o suprima el título si la parte está en otro lugar.',
  'part-order.after': 'Partes fuera de orden: traslade {part}, con su texto, antes de {highest}, que aquí la precede.',
  'part-duplicate.again': 'Título repetido: {part} ya figura en la línea {line}. Combine ambas o corrija este título.',
  'part-duplicate.more.1': '{message} Sigue 1 título de parte repetido más.',
  'part-duplicate.more.n': '{message} Siguen {count} títulos de parte repetidos más.',
  'action-line-unknown.code': '{code} no es una línea de acción de la CMSI: las líneas de acción van de C{first} a C{last}. Indique el código de la línea de acción a la que se refiere.',
  'length-part-one.over': 'La primera parte tiene {words} palabras (unas {pages}); la plantilla pide alrededor de media página ({limit} palabras). Acórtela y traslade los detalles a las partes segunda y tercera.',
  'length-total.over': 'El cuerpo del texto tiene {words} palabras (unas {pages}); la plantilla pide de 2 a 4 páginas (como máximo {limit} palabras). Suprima {cut} palabras o remita en una nota a pie de página a documentos más extensos.',
  'pages.1': '1 página',
  'pages.n': '{count} páginas',
};
