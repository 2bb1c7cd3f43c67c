// One short story in English, German, Spanish and Chinese (headline first), written for the
// tests of the general rules that must hold in any language.
export const story = {
  en: [
    'Harbour ferry fares to rise by a fifth from June',
    'Fares on the harbour ferry will rise by a fifth from June, the port authority said on Tuesday, blaming the cost of fuel and new crew rules.',
    'A single crossing will cost 3.60 instead of 3, and a monthly pass 72 instead of 60, the authority said in a statement.',
    'Commuters said the rise would push more people onto the already crowded bridge road.',
  ],
  de: [
    'Fährpreise im Hafen steigen ab Juni um ein Fünftel',
    'Die Fahrpreise der Hafenfähre steigen ab Juni um ein Fünftel, teilte die Hafenbehörde am Dienstag mit und nannte die Kosten für Treibstoff als Grund.',
    'Eine einfache Fahrt kostet dann 3,60 statt 3 Euro, eine Monatskarte 72 statt 60 Euro, hieß es in einer Mitteilung.',
    'Pendler sagten, die Erhöhung werde mehr Menschen auf die ohnehin volle Brückenstraße treiben.',
  ],
  es: [
    'El billete del transbordador del puerto subirá un quinto desde junio',
    'El billete del transbordador del puerto subirá un quinto a partir de junio, anunció el martes la autoridad portuaria, que culpó al precio del combustible.',
    'Un trayecto sencillo costará 3,60 euros en lugar de 3, y el abono mensual 72 en lugar de 60, según un comunicado.',
    'Los usuarios dijeron que la subida llevará a más gente a la carretera del puente, ya saturada.',
  ],
  zh: [
    '港口渡轮票价六月起上涨两成',
    '港口管理局周二表示，受燃油价格和新的船员规定影响，港口渡轮票价将从六月起上涨两成。',
    '单程票价将从3元涨至3.6元，月票从60元涨至72元。',
    '不少通勤者表示，涨价会让更多人改走本已拥挤的大桥公路。',
  ],
};
