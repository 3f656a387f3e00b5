import type { CliCatalogue } from './en';

/**
 * Le texte propre à la ligne de commande, en français (mêmes identifiants et mêmes paramètres que
 * le catalogue anglais). Les noms d'options, les identifiants de règle et les chemins ne se
 * traduisent pas.
 */
export const fr: CliCatalogue = {
  usage: `Utilisation : wsis-lint [options] CHEMIN...
               wsis-lint export --docx|--pdf [--out CHEMIN] [--strict] FICHIER
               wsis-lint import [--roll-forward] [--out CHEMIN] [--force] FICHIER.docx

Vérifie des projets de contribution au SMSI (en Markdown) au regard du modèle
de rapport de la Commission de la science et de la technique au service du
développement (CSTD). CHEMIN est un fichier, un dossier (ses fichiers *.wsis.md,
et les fichiers *.md qui ressemblent à une contribution) ou un motif glob ;
« - » lit un projet sur l'entrée standard.

Options :
  --format text|json|sarif   format de sortie (par défaut : text)
  --config FICHIER           utiliser ce .wsisrc.json au lieu d'en chercher un
  --fix                      appliquer sur place toutes les corrections
                             automatiques, puis signaler ce qui reste
  --quiet                    ne signaler que les erreurs
  --locale en|fr|es          langue des messages (par défaut : celle de LC_ALL,
                             LC_MESSAGES ou LANG ; l'anglais sinon)
  -h, --help                 afficher cette aide
  -v, --version              afficher la version

« wsis-lint export --help » et « wsis-lint import --help » décrivent les
commandes Word.

Code de sortie : 0 aucun problème de niveau erreur, 1 au moins un problème de
niveau erreur, 2 erreurs d'utilisation ou d'entrée-sortie (les autres fichiers
sont tout de même vérifiés).`,
  'usage.export': `Utilisation : wsis-lint export --docx|--pdf [options] FICHIER

Écrit le projet FICHIER sous forme de document Word mis en page comme une
contribution publiée (page de couverture centrée et en gras, parties en titres,
notes de bas de page Word), ou sous forme de PDF tiré de ce document avec
LibreOffice. Le résultat est placé à côté du projet, sous le nom NOM.docx ou
NOM.pdf. Un projet qui présente encore des problèmes de niveau erreur est
exporté avec un avertissement.

Options :
  --docx             écrire un document Word (par défaut)
  --pdf              écrire un PDF (il faut LibreOffice : soffice dans le PATH
                     ou WSIS_LIBREOFFICE)
  --out CHEMIN       écrire à cet endroit
  --strict           refuser d'exporter un projet qui présente des problèmes
                     de niveau erreur (code de sortie 1)
  --force            remplacer CHEMIN même s'il ne s'agit pas d'une exportation
                     antérieure restée intacte
  --config FICHIER   utiliser ce .wsisrc.json pour la vérification avant
                     l'exportation
  --timeout SECONDES durée accordée à LibreOffice (par défaut 120)
  --locale en|fr|es  langue des messages
  -h, --help         afficher cette aide`,
  'usage.import': `Utilisation : wsis-lint import [options] FICHIER.docx|FICHIER.pdf

Crée un projet Markdown à partir d'un document Word ou d'un PDF (la contribution
publiée l'an dernier, par exemple) : titres, paragraphes, listes, mises en
valeur, liens et notes de bas de page, la page de couverture et les parties
étant écrites comme le modèle les écrit. Depuis un PDF, les lignes coupées sont
réunies en paragraphes, les numéros de page et les titres courants supprimés, et
les notes de bas de page rattachées à leurs appels ; un résumé indique combien
de pages, de paragraphes et de notes ont été lus, et ce qui reste incertain. Le
projet est placé à côté du document, sous le nom NOM.wsis.md.

Options :
  --roll-forward     partir du projet de l'an dernier pour celui de cette année :
                     session, années et dates avancées d'un an (vérifiez les
                     dates : seule leur année change)
  --out CHEMIN       écrire à cet endroit (« - » écrit sur la sortie standard)
  --force            remplacer CHEMIN s'il existe
  --locale en|fr|es  langue des messages
  -h, --help         afficher cette aide`,
  'args.needs-value': '{option} demande une valeur.',
  'args.unknown-format': 'Format inconnu « {format} » : utilisez text, json ou sarif.',
  'args.unknown-locale': 'Langue inconnue « {locale} » : utilisez en, fr ou es.',
  'args.unknown-option': 'Option inconnue « {option} ».',
  'args.no-paths': 'Indiquez au moins un fichier ou un dossier à vérifier.',
  'args.timeout': "--timeout attend un nombre de secondes, et non « {value} ».",
  'args.unknown-option-for': 'Option inconnue « {option} » pour {command}.',
  'args.one-format': "Choisissez l'une des options --docx et --pdf.",
  'args.export-none': 'Indiquez le projet à exporter.',
  'args.export-many': 'Exportez un seul projet à la fois.',
  'args.export-stdin': "L'exportation demande le projet sous forme de fichier (le résultat est placé à côté), et non sur l'entrée standard.",
  'args.import-none': 'Indiquez le document Word (.docx) ou le PDF à importer.',
  'args.import-many': 'Importez un seul document à la fois.',
  'args.see-help': "Lancez « wsis-lint --help » pour l'utilisation.",
  'args.see-command-help': "Lancez « wsis-lint {command} --help » pour l'utilisation.",
  'check.fix-stdin': "--fix ne peut pas réécrire l'entrée standard ; indiquez plutôt le fichier.",
  'check.config-unread': '{error} ; les valeurs par défaut sont utilisées.',
  'check.cannot-read': '{file} : lecture impossible ({reason}).',
  'check.binary': "{file} : ce n'est pas un fichier texte ; ignoré.",
  'check.not-utf8': "{file} : non corrigé : ce fichier n'est pas en UTF-8 valide (Latin-1 ou un autre encodage ?) ; enregistrez-le d'abord en UTF-8. Le fichier n'a pas été modifié.",
  'check.fixed.one': '{file} : {count} problème corrigé.',
  'check.fixed.other': '{file} : {count} problèmes corrigés.',
  'check.cannot-write': "{file} : impossible d'écrire les corrections ({error}) ; le fichier n'a pas été modifié.",
  'check.no-drafts-here': '{folder} : aucun projet ici (ni fichier *.wsis.md, ni fichier *.md qui ressemble à une contribution).',
  'check.failure': 'échec inattendu : {error}',
  'files.bad-glob': "{path} : ce n'est pas un motif glob valide ({error}).",
  'files.no-match': '{path} : aucun fichier ne correspond à ce motif.',
  'files.missing': '{path} : fichier ou dossier introuvable.',
  'files.unreadable-folder': '{path} : impossible de lire ce dossier ({error}).',
  'files.no-drafts': '{path} : aucun projet (fichier *.md) dans ce dossier.',
  'summary.checked.one': '{count} fichier vérifié',
  'summary.checked.other': '{count} fichiers vérifiés',
  'summary.problems.one': '{count} problème',
  'summary.problems.other': '{count} problèmes',
  'summary.errors.one': '{count} erreur',
  'summary.errors.other': '{count} erreurs',
  'summary.warnings.one': '{count} avertissement',
  'summary.warnings.other': '{count} avertissements',
  'summary.info.one': '{count} information',
  'summary.info.other': '{count} informations',
  'summary.fixable.one': '{count} peut être corrigé avec --fix',
  'summary.fixable.other': '{count} peuvent être corrigés avec --fix',
  'summary.clean': '{checked} : aucun problème.',
  'summary.found': '{checked} : {problems} ({errors}, {warnings}, {info}).',
  'summary.found-fixable': '{checked} : {problems} ({errors}, {warnings}, {info}) ; {fixable}.',
  'word.config-problems': "{path} présente {count} problème(s) ; lancez « wsis-lint {file} » pour les voir.",
  'word.note': '{file} : remarque : {note}',
  'word.not-utf8': "{file} : non exporté : ce fichier n'est pas en UTF-8 valide (Latin-1 ou un autre encodage ?) ; enregistrez-le d'abord en UTF-8.",
  'word.cannot-read': '{file} : lecture impossible ({reason}).',
  'word.still-errors.one': '{file} présente encore {count} problème de niveau erreur :',
  'word.still-errors.other': '{file} présente encore {count} problèmes de niveau erreur :',
  'word.strict': 'non exporté (--strict). Corrigez les problèmes, ou exportez sans --strict.',
  'word.anyway': 'exportation malgré tout (utilisez --strict pour la refuser).',
  'word.wrote.one': '{path} écrit ({count} note de bas de page).',
  'word.wrote.other': '{path} écrit ({count} notes de bas de page).',
  'word.cannot-write-pdf': "impossible d'écrire le PDF ({reason}).",
  'word.cannot-write-docx': "impossible d'écrire le document Word ({reason}).",
  'word.no-such-file': '{file} : fichier introuvable.',
  'word.cannot-import': "{file} : impossible de l'importer ({reason}).",
};
