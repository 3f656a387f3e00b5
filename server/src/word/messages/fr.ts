import type { WordCatalogue } from './en';

/** Ce que rapportent les conversions Word et PDF, en français (mêmes identifiants et paramètres que en.ts). */
export const fr: WordCatalogue = {
  'ordinal.first': '{n}re',
  'ordinal.st': '{n}e',
  'ordinal.nd': '{n}e',
  'ordinal.rd': '{n}e',
  'ordinal.th': '{n}e',

  'roll.unreadable.cover': "La session indiquée sur la page de garde (« {was} ») est illisible ; elle n'a donc pas été avancée d'un an : corrigez-la à la main.",
  'roll.unreadable.input': "La session indiquée dans la mention de la contribution (« {was} ») est illisible ; elle n'a donc pas été avancée d'un an : corrigez-la à la main.",
  'roll.session.cover': 'Session sur la page de garde : {was} -> {now}.',
  'roll.session.input': 'Session dans la mention de la contribution : {was} -> {now}.',
  'roll.no-session': "Aucune session n'a été trouvée sur la page de garde ; aucune n'a donc été avancée d'un an.",
  'roll.title': 'Titre : « efforts in {was} » -> « efforts in {now} ».',
  'roll.dates': "Dates : « {was} » -> « {now} ». Les jours et le mois sont ceux de l'an dernier : vérifiez les dates de la session avant de soumettre le texte.",
  'roll.session-year': 'La {session} session se tient en {year}, et non en {datesYear} : vérifiez la session et les dates.',
  'roll.no-dates': "Aucune date de session n'a été trouvée sur la page de garde : ajoutez le lieu et les dates de cette année.",

  'import.dangling.one': "{count} appel de note renvoie à une note absente du document Word : il n'a pas été repris.",
  'import.dangling.other': "{count} appels de note renvoient à une note absente du document Word : ils n'ont pas été repris.",
  'import.images.one': "{count} image n'a pas été reprise : un projet ne contient que du texte.",
  'import.images.other': "{count} images n'ont pas été reprises : un projet ne contient que du texte.",
  'import.word-message': 'Document Word : {message}',
  'import.unconvertible': "ce n'est pas un document Word qui puisse être converti ({detail})",
  'import.too-long': "son texte dépasse {chars} milliers de caractères, au-delà des {max} milliers qu'un projet peut compter ; une contribution en compte une vingtaine",

  'docx.unreadable': "ce n'est pas un document Word lisible ({detail})",
  'docx.unreadable-part': "ce n'est pas un document Word lisible ({name} : {detail})",
  'docx.not-zip': "ce n'est pas un document Word lisible (ce n'est pas un fichier zip)",
  'docx.zip64-missing': "ce n'est pas un document Word lisible (son répertoire zip64 manque)",
  'docx.zip64-damaged': "ce n'est pas un document Word lisible (son répertoire zip64 est endommagé)",
  'docx.directory-outside': "ce n'est pas un document Word lisible (son répertoire zip se trouve hors du fichier)",
  'docx.directory-damaged': "ce n'est pas un document Word lisible (son répertoire zip est endommagé)",
  'docx.directory-inconsistent': "ce n'est pas un document Word lisible (son répertoire zip est incohérent à {name})",
  'docx.entries': "le document contient {count} fichiers ; un document Word en contient quelques dizaines : il n'est donc pas importé",
  'docx.part-size': "sa partie {name} occuperait {size} Mo une fois décompressée ; celle d'une contribution fait bien moins de 1 Mo, et {max} Mo au plus sont lus",
  'docx.xml-size': 'ses parties XML occuperaient {size} Mo une fois décompressées ; {max} Mo au plus sont lus',
  'docx.part-overflow': 'sa partie {name} dépasse, une fois décompressée, les {count} octets que déclare son répertoire zip (fichier endommagé ou falsifié)',
  'docx.file-size': 'le fichier fait {size} Mo ; {max} Mo au plus sont lus',
  'docx.xml-over': 'ses parties XML dépassent {max} Mo une fois décompressées, le maximum lu',
  'docx.tags': "son XML contient plus de {count} balises ; une contribution de quelques pages en compte environ dix mille",

  'pdf.not-pdf': 'ce n\'est pas un fichier PDF (il ne commence pas par %PDF-)',
  'pdf.unreadable': "ce n'est pas un PDF lisible ({detail})",
  'pdf.cut-short': "ce n'est pas un PDF lisible : il se termine sans la marque de fin de fichier d'un PDF, il est donc probablement tronqué (téléchargement interrompu ?)",
  'pdf.file-size': "il fait {size} Mo, au-delà des {max} Mo qu'une importation lit ; une contribution fait bien moins de 1 Mo",
  'pdf.pages': "il compte {pages} pages, et une importation en lit {max} au plus ; une contribution en compte 2 à 4 (enregistrez les pages de la contribution dans un PDF distinct et importez celui-ci)",
  'pdf.time': 'sa lecture a pris plus de {seconds} s et a été arrêtée à la page {page} sur {pages}',
  'pdf.chars': 'son texte dépasse {max} caractères à la page {page} ; une contribution en compte une vingtaine de milliers',
  'pdf.no-text': "ce PDF n'a pas de texte à lire : c'est probablement une numérisation (une image de chaque page). Passez-le d'abord par un logiciel de reconnaissance de caractères (OCR), ou importez le document Word dont il est issu",
  'pdf.no-text-cut-short': "aucun texte n'a pu en être lu, et il se termine sans la marque de fin de fichier d'un PDF : il est probablement tronqué (téléchargement interrompu ?)",
  'pdf.encrypted': "ce PDF est chiffré (il demande un mot de passe à l'ouverture) : ouvrez-le, enregistrez-le ou imprimez-le en PDF sans mot de passe, et importez ce dernier",
  'pdf.empty-pages.one': '{count} page sans texte (numérisée ?) laissée de côté : {pages}.',
  'pdf.empty-pages.other': '{count} pages sans texte (numérisées ?) laissées de côté : {pages}.',
  'pdf.unmatched-mark':
    "Page {page} : un petit {mark} surélevé après « {after} » pourrait être un appel de note, mais aucune note {mark} n'a été trouvée : laissé tel quel, surélevé (<sup>{mark}</sup>).",
  'pdf.unused-footnote': "Page {page} : aucun appel dans le texte ne renvoie à la note {mark} : son texte est conservé comme paragraphe à la fin.",
  'pdf.summary': 'Lecture de {pages} : {paragraphs}, {footnotes} ; {unsure}.',
  'pdf.summary.pages.one': '{count} page',
  'pdf.summary.pages.other': '{count} pages',
  'pdf.summary.paragraphs.one': '{count} paragraphe',
  'pdf.summary.paragraphs.other': '{count} paragraphes',
  'pdf.summary.footnotes.one': '{count} note de bas de page',
  'pdf.summary.footnotes.other': '{count} notes de bas de page',
  'pdf.summary.sure': 'aucun point incertain',
  'pdf.summary.unsure.one': '{count} point incertain, laissé tel quel (voir les remarques)',
  'pdf.summary.unsure.other': '{count} points incertains, laissés tels quels (voir les remarques)',

  'paste.html-size': "Le presse-papiers contient {size} Ko de HTML, au-delà des {max} Mo qu'un collage convertit.",
  'paste.elements': "Le HTML du presse-papiers compte plus de {max} éléments HTML, au-delà de ce qu'un collage convertit.",
  'paste.too-long': "Le texte collé dépasse {max} milliers de caractères, au-delà de ce qu'un projet peut compter.",

  'export.chars': "Le projet est trop long pour être exporté : il compte {count} caractères, au-delà des {max} autorisés (une contribution en compte une vingtaine de milliers).",
  'export.pieces':
    "Le projet est trop long pour être exporté : son document Word contiendrait {count} paragraphes, segments, cellules et notes, au-delà des {max} autorisés (celui d'une contribution en contient quelques milliers).",
  'export.footnote-chars':
    "Le projet est trop long pour être exporté : ses notes de bas de page, chacune répétée à chaque appel, dépassent {max} caractères (celles d'une contribution en comptent quelques milliers).",
  'export.removed.one':
    "{count} caractère qu'un document Word ne peut contenir (caractères de commande, non-caractères comme U+FFFF, moitiés de paires de substitution) a été supprimé.",
  'export.removed.other':
    "{count} caractères qu'un document Word ne peut contenir (caractères de commande, non-caractères comme U+FFFF, moitiés de paires de substitution) ont été supprimés.",
  'export.footnote-empty': "La note {label} n'a pas de texte dans le projet : son appel est conservé en exposant.",
  'export.footnote-repeated': 'La note {label} est appelée {count} fois : Word reçoit une note de bas de page avec son texte à chaque appel.',
  'export.footnote-unused': "La note {label} n'est jamais appelée dans le texte : elle n'est pas reprise.",

  'files.overwrite-export':
    "{path} existe et n'est pas une exportation antérieure restée intacte (il a été enregistré depuis dans une suite bureautique, ou produit autrement, comme le document Word dont provient le projet) ; utilisez --force pour le remplacer, ou --out pour écrire ailleurs.",
  'files.overwrite-import': "{path} existe et n'a pas été modifié ; utilisez --out {free} pour écrire le nouveau projet à côté, ou --force pour le remplacer.",

  'lo.missing':
    "L'exportation en PDF nécessite LibreOffice, et aucun programme soffice ou libreoffice n'a été trouvé hors de l'espace de travail. Installez LibreOffice (Debian/Ubuntu : apt-get install libreoffice-writer-nogui ; macOS : brew install --cask libreoffice ; Windows : https://www.libreoffice.org/download/), ou donnez à WSIS_LIBREOFFICE le chemin absolu du programme soffice ; ou exportez avec --docx et enregistrez le document en PDF depuis Word.",
  'lo.missing-not-run':
    "L'exportation en PDF nécessite LibreOffice, et aucun programme soffice ou libreoffice n'a été trouvé hors de l'espace de travail. Non exécutés : {programs}. Installez LibreOffice (Debian/Ubuntu : apt-get install libreoffice-writer-nogui ; macOS : brew install --cask libreoffice ; Windows : https://www.libreoffice.org/download/), ou donnez à WSIS_LIBREOFFICE le chemin absolu du programme soffice ; ou exportez avec --docx et enregistrez le document en PDF depuis Word.",
  'lo.in-folder': "{path} (il se trouve dans le dossier {folder} de l'espace de travail)",
  'lo.in-workspace': "{path} (il se trouve dans l'espace de travail)",
  'lo.relative': "WSIS_LIBREOFFICE={value} (ce n'est pas un chemin absolu)",
  'lo.timeout': "LibreOffice n'a pas terminé en {seconds} s et a été arrêté.",
  'lo.failed': "LibreOffice n'a pas pu convertir {file} (code de sortie {code}).",
  'lo.failed-detail': "LibreOffice n'a pas pu convertir {file} (code de sortie {code} : {detail}).",
  'lo.no-start': "LibreOffice n'a pas pu être lancé ({detail}).",
};
