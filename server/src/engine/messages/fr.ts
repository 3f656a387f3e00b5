import type { Catalogue } from './en';

/**
 * Les messages en français (mêmes identifiants et mêmes paramètres que le catalogue anglais).
 * Les noms des parties sont en minuscules : les phrases ne commencent jamais par eux.
 */
export const fr: Catalogue = {
  'part.1': 'la première partie',
  'part.2': 'la deuxième partie',
  'part.3': 'la troisième partie',
  'check.rule-failed': "La règle « {rule} » n'a pas pu vérifier ce projet ({error}). Les autres règles ont été appliquées ; merci de signaler ce problème.",
  'part-empty.no-text': "Rien n'est encore écrit dans {part} : rédigez-la, ou supprimez le titre si la partie se trouve ailleurs.",
  'part-order.after': 'Parties dans le désordre : déplacez {part}, avec son texte, avant {highest}, qui la précède ici.',
  'part-duplicate.again': 'Titre répété : {part} figure déjà à la ligne {line}. Fusionnez les deux ou corrigez ce titre.',
  'part-duplicate.more.1': '{message} Un autre titre de partie répété suit.',
  'part-duplicate.more.n': '{message} {count} autres titres de partie répétés suivent.',
  'action-line-unknown.code': "{code} n'est pas une grande orientation du SMSI : elles vont de C{first} à C{last}. Indiquez le code de la grande orientation visée.",
  'length-part-one.over': 'La première partie compte {words} mots (environ {pages}) ; le modèle demande environ une demi-page ({limit} mots). Raccourcissez-la et reportez les détails dans les deuxième et troisième parties.',
  'length-total.over': 'Le corps du texte compte {words} mots (environ {pages}) ; le modèle demande de 2 à 4 pages (au plus {limit} mots). Supprimez {cut} mots, ou renvoyez en note de bas de page à des documents plus longs.',
  'pages.1': '1 page',
  'pages.n': '{count} pages',
};
