#!/usr/bin/env python3
"""Deterministic generator for probe set p67 (mostly non-English).

Writes probe67.jsonl beside this script. Standard library only, no randomness.
"""
import json
import os
from datetime import datetime, timedelta

ITEMS = []
H = 3600          # one hour (extra delay)
D = 86400         # one day (extra delay)


def add(iid, label, codes, lang, people, start, msgs, gap=70):
    """people: [a, b] for a two-party chat (who = 0/1), or [group] where who is a name.
    msgs: tuples (who, text) or (who, text, extra_seconds) or (who, text, extra, recipient)."""
    t = datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ")
    out = []
    for i, m in enumerate(msgs):
        who, text = m[0], m[1]
        extra = m[2] if len(m) > 2 else 0
        if i > 0:
            t += timedelta(seconds=gap + (i * 47) % (gap + 13) + extra)
        if isinstance(who, int):
            sender, recipient = people[who], people[1 - who]
        else:
            sender, recipient = who, people[0]
        if len(m) > 3:
            recipient = m[3]
        out.append({"sender": sender, "recipient": recipient,
                    "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
    ITEMS.append({"id": "p67-" + iid, "label": label, "codes": codes,
                  "lang": lang, "messages": out})


# ---------------------------------------------------------------- Spanish (es)
# es1 - Mexico, Free Fire, grooming of a 13-year-old (long)
add("es1", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy",
               "risk_assessment", "off_platform", "photo_request", "isolation", "exclusivity"],
    "es", ["xXdarkwolfMXx", "vale_ff13"], "2026-01-10T22:14:05Z", [
    (0, "gg!! q buena jugaste en la ultima partida, te vi con la m1887 jaja"),
    (1, "jajaja gracias, casi me matan al final"),
    (0, "nel jugaste bien chido, la neta mejor q mis compas"),
    (1, "jsjs ya ni les digas"),
    (0, "oye y de donde eres? yo de monterrey"),
    (1, "de puebla"),
    (0, "ahh va, y cuantos años tienes? te oyes bien chavita en el micro jaja"),
    (1, "13 y tu"),
    (0, "17 jaja pero no importa, te llevas bien conmigo eso es lo q cuenta"),
    (1, "ok jaja"),
    (0, "oye se me hace q no tienes el pase elite verdad? te lo regalo si quieres, tengo diamantes de sobra", 600),
    (1, "enserio??? noo como crees"),
    (0, "si no pasa nada, nomas no le digas a nadie pq luego todos me piden"),
    (1, "ok no le digo a nadie, graciaaas 😭😭"),
    (0, "ya quedo, checalo"),
    (1, "siii ya me salio!! eres el mejor"),
    (0, "oye tus papas te revisan el cel?", D),
    (1, "mi mama a veces pero casi no, trabaja hasta tarde"),
    (0, "ah ok, es q aqui luego se mete gente rara. mejor pasame tu whats y platicamos ahi mas tranquis"),
    (1, "mmm no se si pueda dar mi numero"),
    (0, "va no pasa nada, tons por insta? como quieras, es q aqui en el chat del juego se borra todo"),
    (1, "ok mi insta es vale.ff.13"),
    (0, "ya te segui. oye estas bien bonita en tus fotos eh, no pareces de 13"),
    (1, "jajaja ay no"),
    (0, "neta. tus amigas no te valoran como yo, ya me contaste q te dejaron fuera del grupo"),
    (1, "si la vdd estan bien pesadas"),
    (0, "yo siempre voy a estar aqui pa ti. oye mandame una foto tuya ahorita, nomas pa mi, no la subas"),
    (1, "de q"),
    (0, "na normal, como estes, es q quiero verte bien. y borra el chat despues ok? q tu mama no lo vea, se va a malpensar"),
])

# es2 - Argentina, fake bar job in Ibiza, travel paid + debt (medium)
add("es2", 1, ["job_offer", "travel_meet", "money_gifts_debt", "commercial_sex",
               "control", "secrecy", "photo_request"],
    "es", ["Marcos Staff Ibiza", "Flor"], "2026-02-03T14:02:11Z", [
    (0, "Hola Flor! Te escribo por el aviso de laburo en España q comentaste. Seguís interesada?"),
    (1, "holaa si! de q seria exactamente?"),
    (0, "Atención en un bar de copas en Ibiza, temporada de mayo a septiembre. Se gana entre 2500 y 3000 euros por mes con propinas"),
    (1, "guau. y el pasaje? yo no tengo esa plata"),
    (0, "Tranqui, el pasaje lo pone el dueño. Después lo vas devolviendo de a poco con lo que ganás, junto con el alojamiento"),
    (1, "y cuanto seria todo eso?"),
    (0, "Unos 4000 euros entre pasaje, depto y los papeles. En dos meses lo tenés saldado, las chicas q fueron el año pasado volvieron con ahorros"),
    (1, "ok... y tengo q saber ingles o algo?"),
    (0, "No hace falta. Solo ser simpática con los clientes, acompañarlos en la mesa, q consuman. Los VIP dejan mucha propina si la pasan bien 😉"),
    (1, "acompañarlos como?"),
    (0, "Charlar, tomar algo, lo normal de un bar de noche. Lo demás lo ves allá, nadie te obliga a nada"),
    (1, "y hay contrato?"),
    (0, "El contrato lo firmás cuando llegás. El pasaporte lo tiene el encargado los primeros meses para hacer los trámites. Y no lo comentes mucho con tu familia, q después se preocupan por pavadas"),
    (1, "bueno lo hablo y te aviso"),
    (0, "Dale pero no tardes, quedan 2 lugares y sale el vuelo el 14. Mandame 2 fotos tuyas de cuerpo entero para el dueño"),
])

# es3 - Chile, sugar offer to university students (short, post)
add("es3", 1, ["money_gifts_debt", "commercial_sex", "secrecy", "vulnerability", "travel_meet"],
    "es", ["tio_generoso_stgo", "public"], "2026-03-09T01:37:44Z", [
    (0, "Ejecutivo 45 años, buena situación, busco universitaria simpática pa acompañarme a cenas y uno que otro viajecito al sur. Ayuda mensual de 600 lucas + te pago el arancel si nos llevamos bien 🤝 Total discreción, nadie tiene que saber na. Si estai complicada con las lucas de la u escríbeme al DM, no muerdo jaja"),
])

# es4 - Spain, loverboy recruitment of a 16-year-old (medium)
add("es4", 1, ["romance", "compliments_trust", "vulnerability", "isolation", "money_gifts_debt",
               "commercial_sex", "control", "secrecy", "meeting"],
    "es", ["Dani", "Lucía"], "2026-01-21T07:48:30Z", [
    (0, "buenos dias mi reina 👑 has dormido bien?"),
    (1, "fatal, mi madre otra vez gritando por lo del insti"),
    (0, "pasa de ella, ya sabes q yo soy el unico q te entiende"),
    (1, "ya... a veces pienso q tienes razon"),
    (0, "te he dejado en la taquilla el perfume q te gustaba, el caro"),
    (1, "QUEEE tio estas loco, te habra costado un paston"),
    (0, "por ti lo q sea. oye esta tarde no quedes con la pesada de Irene, quiero verte yo"),
    (1, "vale, le digo q no"),
    (0, "lu tengo un problema gordo. debo pasta a unos tios chungos, entre tu movil nuevo y las cenas me he pasado", 3 * D),
    (1, "cuanto?? yo tengo ahorrados 90€"),
    (0, "es mucho mas, 2000. pero hay una forma rapida, un colega mio tiene un piso y hay señores q pagan por compañia. un par de tardes y lo saldamos"),
    (1, "compañia de q dani me estas asustando"),
    (0, "no es nada raro, solo estar con ellos un rato. si me quisieras de verdad me ayudarias, yo lo he hecho todo por ti"),
    (1, "no se…"),
    (0, "no se lo cuentes a nadie eh, ni a tu madre ni a irene. el sabado te recojo a las 5 en la parada del 27"),
])

# es5 - Mexico, sextortion of a 15-year-old (medium)
add("es5", 1, ["sextortion", "money_gifts_debt", "secrecy"],
    "es", ["sofi_gzmn03", "Emiliano"], "2026-02-27T03:05:12Z", [
    (0, "oye ya vi lo q me mandaste jajaja"),
    (1, "jaja y q tal"),
    (0, "pues mira, hice captura de todo. y tambien tengo la lista de tus seguidores"),
    (1, "q? como q captura"),
    (0, "si no quieres q le llegue a tu mama, a tus primos y a todo tu salon, me depositas 2500 en oxxo hoy"),
    (1, "no manches eres sofi? no entiendo"),
    (0, "sofi ni existe morro jaja. tienes hasta las 9"),
    (1, "no tengo ese dinero tengo 15 años porfa"),
    (0, "pues sacalo de la cartera de tu jefa. o te va a ir peor. ya tengo el grupo armado 📸"),
    (1, "porfa no lo mandes, te puedo dar 400"),
    (0, "400 ahorita y el resto el viernes. si le cuentas a alguien lo subo a todos lados"),
    (1, "ok ok"),
])

# es6 - Spain, prevention/news post (short, negative)
add("es6", 0, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "secrecy"],
    "es", ["ayto_prevencion_juventud", "public"], "2026-03-02T09:00:00Z", [
    (0, "⚠️ AVISO | Estos días circulan por Instagram y TikTok ofertas de trabajo de camarera, azafata o modelo en el extranjero con 'billete pagado' que luego hay que 'devolver' trabajando. Si te piden el pasaporte, fotos o que no se lo cuentes a tu familia, NO es un trabajo: es una trampa. Habla con alguien de confianza o llama gratis al 555-0117 (24h, anónimo). Comparte, puede ayudar a alguien 💜"),
])

# es7 - Argentina, genuine seasonal hotel job (long, negative)
add("es7", 0, ["job_offer", "travel_meet", "money_gifts_debt"],
    "es", ["RRHH Hotel Lago Azul", "Camila Ruiz"], "2026-03-16T13:10:00Z", [
    (0, "Hola Camila, ¿cómo estás? Te escribo de Recursos Humanos del Hotel Lago Azul de Bariloche. Recibimos tu CV para la temporada de invierno."),
    (1, "holaa! si si, muchas gracias por escribir"),
    (0, "¿Tenés disponibilidad del 1/6 al 30/9? El puesto es de recepcionista part time o moza en el restaurante, según prefieras."),
    (1, "si tengo disponibilidad. prefiero recepcion, hice un curso de turismo"),
    (0, "Perfecto. Te propongo una entrevista por videollamada el jueves a las 11. ¿Te queda bien?"),
    (1, "dale, perfecto"),
    (0, "Camila, te cuento cómo siguió: quedaste seleccionada 🙌 Te paso las condiciones.", 3 * D),
    (1, "noooo que buenooo"),
    (0, "Contrato de temporada en blanco, 40 hs semanales, sueldo según convenio gastronómico + propinas compartidas. Obra social desde el primer día."),
    (1, "y el alojamiento como es?"),
    (0, "Tenemos casa para personal a 3 cuadras, habitaciones compartidas de a 2, con un descuento fijo que figura en el recibo de sueldo."),
    (1, "ok. y el pasaje desde cordoba?"),
    (0, "El micro lo pagás vos y te lo reintegramos con el primer sueldo, presentando el pasaje. No es un adelanto ni una deuda, es un reintegro."),
    (1, "ah genial. necesitan algo de papeles?"),
    (0, "Copia del DNI (frente y dorso), CUIL y CBU para depositar el sueldo. Eso lo subís al formulario de la web, no lo mandes por acá."),
    (1, "perfecto. el original del dni lo tengo q llevar?"),
    (0, "Sí, lo traés para la firma y te lo quedás vos, obvio. Nadie del hotel se queda con documentos."),
    (1, "jaja ok, te pregunto pq mi vieja vio un video de ofertas truchas y se puso paranoica"),
    (0, "Está perfecto que pregunten. Si querés, tu mamá puede llamar a la oficina: 555-0163, de 9 a 17. Y pueden ver las reseñas del hotel."),
    (1, "buenisimo, le paso el numero. ella tmb queria saber si puede ir a visitarme"),
    (0, "Claro, puede alojarse con tarifa de familiar de empleado, 20% off 😊"),
    (1, "jajaja le va a encantar"),
    (0, "Te mando el contrato por mail para que lo leas con tiempo. Cualquier duda, preguntame."),
    (1, "mil gracias!! nos vemos en junio"),
    (0, "¡Bienvenida al equipo, Camila!"),
])

# es8 - Mexico, two 13-year-old friends (medium, negative)
add("es8", 0, ["age_probe", "secrecy", "photo_request", "meeting"],
    "es", ["Ximena", "Renata"], "2026-12-08T23:20:00Z", [
    (0, "oyeee ya viste q el primo de la Fer esta en nuestro salon de ingles"),
    (1, "siii el de lentes?? esta bien lindo jsjsjs"),
    (0, "jajaja cuantos años tiene?"),
    (1, "13 igual q nosotras creo, va en 2do"),
    (0, "ay ok. oye el sabado vas a ir a la posada de Fer?"),
    (1, "si pero no le digas a mi mama q me voy a quedar a dormir alla, todavia no le pido permiso jaja"),
    (0, "jajaja ok pero pidele ya wey q luego no te deja"),
    (1, "si hoy le digo. mandame foto de tu outfit pa ver si combinamos"),
    (0, "[foto] el sueter rojo con las botas"),
    (1, "amoooo. yo me pongo el verde y parecemos arbolito 🎄😂"),
    (0, "JAJAJAJ siii"),
    (1, "ya me dio permiso mi mama!! dice q tu mama nos lleva?", 2 * H),
    (0, "si mi mama pasa por ti a las 6"),
])

# es9 - Chile, youth football club parents group (medium, negative)
G = "Apoderados Sub-12 CD Los Aromos"
add("es9", 0, ["travel_meet", "meeting", "photo_request"],
    "es", [G], "2026-04-15T20:30:00Z", [
    ("Profe Cristián", "Buenas tardes apoderados 👋 Les recuerdo que este sábado jugamos contra Deportes Rancagua de visita. El bus sale a las 8:00 desde la sede, volvemos aprox. 16:00."),
    ("Pame (mamá de Benja)", "Hola profe! Los niños tienen que llevar colación?"),
    ("Profe Cristián", "Sí, colación y harta agua. El club pone la fruta 🍌. Y la autorización firmada, sin eso no sube nadie al bus."),
    ("Papá Tomi", "Profe el Tomi anda con la rodilla mala, igual lo llevo?"),
    ("Profe Cristián", "Que vaya igual pa acompañar al equipo si quiere, pero no juega hasta que lo vea el kine. Cualquier cosa me escribe por acá o al 555-0129."),
    ("Carolina", "Profe, ¿van apoderados en el bus?"),
    ("Profe Cristián", "Sí, van 2 apoderados más la tía Paula y yo. Si alguien más quiere ir en auto aparte, bienvenido."),
    ("Pame (mamá de Benja)", "Yo me ofrezco pa ir en el bus 🙋‍♀️"),
    ("Profe Cristián", "Gracias Pame! Recuerden que las fotos del partido las subo sólo a este grupo, no a redes, como acordamos en la reunión."),
    ("Papá Tomi", "Buena profe 👍"),
])

# es10 - Spain, adult couple (short, negative)
add("es10", 0, ["romance", "photo_request", "money_gifts_debt", "travel_meet"],
    "es", ["Alba", "Sergio"], "2026-02-12T21:41:00Z", [
    (0, "te echo mazo de menos, esto de la distancia es un rollo 😩"),
    (1, "y yo a ti. mandame una foto anda, q quiero ver el corte de pelo nuevo"),
    (0, "[foto] ahi va. oye q si no te llega para el ave del viernes te paso yo la pasta y me la devuelves cuando cobres, no te agobies"),
])


# ------------------------------------------------------------- Portuguese (pt)
# pt1 - Brazil, TikTok, fake football scout grooming a 12-year-old (long)
add("pt1", 1, ["compliments_trust", "age_probe", "off_platform", "secrecy", "risk_assessment",
               "photo_request", "meeting", "travel_meet", "isolation", "money_gifts_debt", "exclusivity"],
    "pt", ["olheiro.rodrigo.fut", "kaua_drible10"], "2026-02-18T19:22:40Z", [
    (0, "fala campeão! vi teu video de drible no tiktok, mlk tu joga mt"),
    (1, "vlw mano 🙏"),
    (0, "sou olheiro, trabalho indicando menino pra peneira de clube grande. tu joga em algum time?"),
    (1, "jogo no time do bairro e na escolinha"),
    (0, "top. qnts anos vc tem?"),
    (1, "12, faço 13 em agosto"),
    (0, "idade perfeita pra sub-13. tu tem futuro viu, falo serio, poucos com essa canhota"),
    (1, "slk serio?? meu sonho é jogar no profissional"),
    (0, "então vamo fazer acontecer. me passa teu zap q por aqui o tiktok limita as msg"),
    (1, "posso sim pera"),
    (1, "555-0144"),
    (0, "salvei. ó, por enquanto não conta pros teus pais nem pro teu treinador, esses lances de clube é tudo sigiloso, se vaza outro olheiro pega a vaga"),
    (1, "ah ta, nem pro meu pai?"),
    (0, "depois q fechar a gente conta, aí é surpresa. teu pai trabalha o dia todo né?"),
    (1, "sim ele é motorista, chega tarde"),
    (0, "beleza. preciso de umas fotos tuas pra montar teu perfil, manda umas agora de corpo inteiro, só pra mim, não posta", 900),
    (1, "manda agr?"),
    (0, "isso, e apaga depois q mandar, pra ninguém ver no teu celular"),
    (1, "[foto]"),
    (0, "caraca, tu é especial, sabia? nunca vi um menino da tua idade assim"),
    (1, "kkkk vlw"),
    (0, "sábado vai ter uma avaliação particular num campo em Osasco. eu te pego de carro na saída da escolinha, vem sozinho q é só pra selecionado"),
    (1, "mas minha mae n deixa eu ir longe"),
    (0, "fala q vai na casa de um amigo. eu te trago de volta antes das 6, ela nem vai perceber. e te dou uma chuteira nova 👟"),
    (1, "sério?? ok vou ver"),
    (0, "não comenta com ninguém hein. é nosso acordo de jogador e empresário 🤝"),
])

# pt2 - Angola, fake cleaning job in Lisbon, debt + passport (medium)
add("pt2", 1, ["job_offer", "vulnerability", "travel_meet", "money_gifts_debt", "commercial_sex",
               "control", "isolation", "secrecy"],
    "pt", ["Mana Teresa Recrutamentos", "Joana"], "2026-01-28T10:15:00Z", [
    (0, "Mana Joana bom dia, a tua prima disse que estás à procura de trabalho, é verdade?"),
    (1, "bom dia mana, sim estou bué aflita, desde que acabou o contrato na loja não há nada"),
    (0, "Tenho uma vaga em Lisboa, limpeza em casas de família e num hotel. Salário de 900 euros, mais alojamento"),
    (1, "Lisboa?? ya mas eu não tenho kumbu pra passagem nem visto"),
    (0, "Nas calmas, o patrão paga passagem, visto e a casa. Depois descontamos no salário, tipo 300 por mês até pagar"),
    (1, "e quanto fica no total?"),
    (0, "Uns 5 mil euros com tudo. Ao fim de 1 ano já estás livre e a mandar kumbu pra tua mãe"),
    (1, "5 mil 😳 é bué"),
    (0, "É o normal mana, todas fazem assim. Lá tem trabalho extra à noite também, massagens num espaço do patrão, se quiseres pagar mais rápido"),
    (1, "massagens? eu não sei fazer isso"),
    (0, "Aprende-se. Os clientes são kotas com kumbu, é só seres simpática. Quando chegares entregas o passaporte ao Sr. Nuno pra ele tratar da autorização de residência"),
    (1, "posso levar a minha irmã também?"),
    (0, "Primeiro vais tu sozinha. E não fales nisso com a tua família nem no bairro que há sempre inveja e estragam tudo. O voo sai dia 3"),
    (1, "ta bem mana, vou pensar hoje"),
])

# pt3 - Portugal, sextortion (short)
add("pt3", 1, ["sextortion", "money_gifts_debt"],
    "pt", ["Inês_Rocha.92", "Tiago"], "2026-03-04T22:51:09Z", [
    (0, "ó Tiago, gravei a videochamada toda. tenho o teu vídeo e a lista de amigos do teu facebook, a tua mãe, a tua namorada, o teu chefe."),
    (1, "o quê?? apaga isso por favor"),
    (0, "mandas 300€ por MB Way até às 22h e apago. se não pagares ou me bloqueares, vai para todos. não brinques comigo, já fiz isto a muitos"),
])

# pt4 - Brazil, "boyfriend" pimp control after moving her from Recife (long)
add("pt4", 1, ["control", "commercial_sex", "money_gifts_debt", "isolation", "romance", "travel_meet"],
    "pt", ["Rafa 💍", "Bia"], "2026-02-09T12:03:00Z", [
    (0, "bom dia amor. já acordou?"),
    (1, "acordei agora. to com dor de cabeça"),
    (0, "toma um remedio e se arruma, hj tem q bater a meta de 800 antes das 2"),
    (1, "rafa eu to cansada, ontem foi até tarde"),
    (0, "cansada todo mundo tá. lembra q a gente tá pagando o apê e a tua passagem de Recife ainda, tu me deve 3 mil"),
    (1, "eu sei mas todo dia aumenta essa conta"),
    (0, "aumenta pq tu gasta. comida, unha, tudo sai do meu bolso"),
    (1, "posso ligar pra minha mãe hj? faz 2 semana"),
    (0, "depois. e pelo meu celular, o teu fica cmg ja falei"),
    (1, "ok"),
    (0, "a Jéssica vai te levar no endereço das 10h. faz tudo q o cliente pedir e não fica de conversinha"),
    (1, "e se for aquele cara de novo? ele me assustou"),
    (0, "é o q mais paga. não reclama. ele já pagou adiantado"),
    (0, "me manda a localização agora", 2 * H),
    (1, "[localização]"),
    (0, "cade o dinheiro do primeiro? passa pra Jéssica"),
    (1, "já passei. ele pagou 300"),
    (0, "300? combinei 400. tu ficou c os 100?"),
    (1, "não rafa juro, ele disse q só tinha isso"),
    (0, "então à noite tu compensa. e nem pensa em falar c vizinha nem c ninguém na rua"),
    (1, "eu não falo com ninguém"),
    (0, "tu sabe q eu te amo né. é só até a gente juntar pra nossa casinha. depois tu para"),
    (1, "tu sempre fala isso"),
    (0, "e vou cumprir. agora vai, às 2 eu passo pra buscar. não sai do lugar"),
])

# pt5 - Brazil, sugar offer to a university student (medium)
add("pt5", 1, ["money_gifts_debt", "vulnerability", "compliments_trust", "commercial_sex",
               "secrecy", "photo_request", "meeting", "travel_meet"],
    "pt", ["Carlos_invest", "Letícia"], "2026-03-11T18:44:00Z", [
    (0, "Oi Letícia, tudo bem? Vi no grupo da facul que você tá vendendo brigadeiro pra pagar a mensalidade"),
    (1, "oii tudo sim! isso, quer encomendar? 😊"),
    (0, "Quero sim, uns 50. Mas na vdd queria te fazer uma proposta melhor"),
    (1, "que proposta?"),
    (0, "Sou empresário, 48 anos, viajo muito e me sinto sozinho. Posso pagar tua mensalidade inteira e te dar uma mesada de 3 mil"),
    (1, "nossa kkk em troca de q?"),
    (0, "Companhia. Jantar, viajar cmg nos fins de semana pra Búzios, conversar. O resto a gente vê com o tempo, sem pressão"),
    (1, "hmm n sei, parece estranho"),
    (0, "Estranho é vc ralar vendendo doce com esse rostinho. Muitas meninas da tua facul fazem isso e ninguém sabe"),
    (1, "ninguem sabe msm?"),
    (0, "Discrição total. Não comenta c tuas amigas nem posta nada. Me manda umas fotos tuas recentes e a gente marca um café amanhã no shopping"),
    (1, "vou pensar"),
    (0, "Pensa rápido, já faço o primeiro pix hoje se vc topar 💸"),
])

# pt6 - Brazil, NGO prevention post (short, negative)
add("pt6", 0, ["job_offer", "travel_meet", "money_gifts_debt", "control"],
    "pt", ["Projeto Rede Segura", "public"], "2026-01-30T15:00:00Z", [
    (0, "📢 ATENÇÃO, galera! Recebeu proposta de trabalho em outra cidade ou no exterior com passagem paga, 'casa garantida' e salário alto demais? Pergunte: quem paga a passagem? vou ter que devolver? quem fica com meus documentos? Se a resposta for 'o patrão', desconfie. Tráfico de pessoas muitas vezes começa assim, com uma oportunidade boa demais. Dúvidas ou denúncias: ligue 555-0131 (gratuito e anônimo) ou acesse example.com/redesegura. Compartilha no grupo da família! 💛"),
])

# pt7 - Portugal, genuine au pair agency (medium, negative)
add("pt7", 0, ["job_offer", "travel_meet", "money_gifts_debt"],
    "pt", ["Sofia (Agência AuPair Norte)", "Mariana"], "2026-02-20T11:05:00Z", [
    (0, "Olá Mariana! Sou a Sofia da agência. Temos uma família em Utrecht interessada no teu perfil 😊"),
    (1, "olá!! que fixe, conta-me tudo"),
    (0, "Dois miúdos, 4 e 7 anos. Pais professores. Oferecem quarto próprio, 340€ de pocket money por mês e curso de neerlandês pago."),
    (1, "e a viagem?"),
    (0, "A família paga o voo de ida e volta, está no contrato. Não tens de devolver nada, mesmo que saias antes do fim."),
    (1, "boa. e quantas horas por dia?"),
    (0, "Máximo 30 horas por semana, 2 dias de folga. Tudo segundo as regras do programa au pair nos Países Baixos."),
    (1, "os meus pais querem falar com a família antes, pode ser?"),
    (0, "Claro, aliás recomendamos! Marcamos uma videochamada com a família, contigo e com os teus pais."),
    (1, "e o passaporte? uma amiga disse-me que nalguns sítios ficam com ele"),
    (0, "Nunca! O passaporte é teu e fica contigo. Se alguém te pedir isso, fala connosco logo. A nossa linha de apoio é o 555-0172."),
    (1, "obrigada sofia, estou bué entusiasmada 🤩"),
])

# pt8 - Angola, aunt and 14-year-old niece (long, negative)
add("pt8", 0, ["compliments_trust", "money_gifts_debt", "photo_request", "secrecy", "travel_meet"],
    "pt", ["Tia Lurdes", "Nayara"], "2026-03-05T06:40:00Z", [
    (0, "Bom dia minha princesa! Já acordaste? Hoje é o grande dia da prova de matemática né"),
    (1, "bom dia tia 🥰 sim, estou bué nervosa"),
    (0, "Vais arrasar. Estudaste muito, a tua mãe disse que ficaste até tarde"),
    (1, "ya até às 11h kkk"),
    (0, "Isso é que é. Olha, mandei kumbu pra tua mãe comprar o material e o uniforme novo"),
    (1, "obrigadaaaa tia, és a melhor"),
    (0, "Quando tiveres o uniforme manda-me uma foto pra eu ver como ficou, quero mostrar à avó"),
    (1, "ta bom"),
    (1, "tia a prova correu bem acho", 6 * H),
    (0, "Graças a Deus! E então quantas perguntas achas que acertaste?"),
    (1, "quase todas só a última não sei"),
    (0, "Tá fixe. Olha, não digas nada à tua mãe, mas estou a preparar uma surpresa pro aniversário dela"),
    (1, "uiii o quê??"),
    (0, "Vou aí a Luanda no dia 12 😁 Só o teu tio sabe"),
    (1, "AAAH vais ficar quanto tempo?"),
    (0, "Duas semanas. Tu ajudas-me a organizar o jantar?"),
    (1, "claro tia, eu faço o bolo com a avó"),
    (0, "Combinado. Mas segredo, ein!"),
    (1, "juro 🤐"),
    (1, "[foto] olha o uniforme tia", D),
    (0, "Que linda!! Tão crescida 😍 a avó vai chorar"),
    (1, "kkkk ela já chorou quando viu"),
    (0, "E as notas saem quando?"),
    (1, "sexta"),
    (0, "Manda-me logo que saírem. Beijinhos e juízo, estuda!"),
])

# pt9 - Brazil, two 13-year-old Roblox players (medium, negative)
add("pt9", 0, ["age_probe", "off_platform", "secrecy", "money_gifts_debt"],
    "pt", ["lucasgamer_br", "pedrinho_xd"], "2026-04-02T20:12:00Z", [
    (0, "mano bora no brookhaven? to sem ninguem"),
    (1, "bora, entra aí q eu to na casa azul"),
    (0, "slk tua casa tá mt top, quanto robux tu gastou?"),
    (1, "kkk nem gastei foi presente da minha vó"),
    (0, "sorte kkk. pô tu é de sp mesmo?"),
    (1, "sou de campinas. qnts anos tu tem?"),
    (0, "13 e tu"),
    (1, "13 tbm, to no 8º ano"),
    (0, "mesmo eu. passa teu discord pra gente jogar com o squad da minha sala"),
    (1, "add pedrinho_xd lá. mas minha mãe só deixa eu usar até as 9 ent tem q ser rapido"),
    (0, "suave. nao conta pra ela q a gente fica até 9h05 kkkk"),
    (1, "kkkkk ela vê o tempo de tela mano, n adianta"),
])

# pt10 - Portugal, adult couple (medium, negative)
add("pt10", 0, ["romance", "photo_request", "money_gifts_debt", "travel_meet", "meeting"],
    "pt", ["Rui", "Catarina"], "2026-02-15T21:30:00Z", [
    (0, "já tenho saudades tuas e ainda nem passou um dia 🥺"),
    (1, "eu também amor. o Porto fica tão vazio sem ti"),
    (0, "manda-me uma foto tua com o casaco novo, quero ver"),
    (1, "[foto] cá está, vaidosa como sempre 😂"),
    (0, "estás lindíssima. olha, vê lá os bilhetes de comboio para Lisboa no dia 20"),
    (1, "vi agora, estão a 38€. este mês estou apertada com a renda"),
    (0, "eu pago-te o bilhete, depois fazes-me um jantar e estamos quites"),
    (1, "combinado, mas não me deixes dever-te muito 😅"),
    (0, "não deves nada, parva. só quero que venhas"),
    (1, "compro já. chego às 18h40 a Santa Apolónia"),
])


# ----------------------------------------------------------------- French (fr)
# fr1 - Quebec, Instagram fake photographer grooming a 14-year-old (medium)
add("fr1", 1, ["compliments_trust", "age_probe", "meeting", "isolation", "secrecy",
               "photo_request", "off_platform"],
    "fr", ["max.photo.mtl", "jade.lvsq"], "2026-01-17T23:02:00Z", [
    (0, "allo! chu photographe à montréal, j'ai vu ta story au parc, t'as vraiment une face de modèle"),
    (1, "omg merci 😳"),
    (0, "t'as quel âge si ça te dérange pas?"),
    (1, "14 ans"),
    (0, "pour vrai? t'as l'air ben plus mature que ça. j'fais des shootings gratuits pour mon portfolio, ça te tente?"),
    (1, "ça dépend c'est où"),
    (0, "à mon studio sur le plateau, samedi aprem. pis viens seule, les mères ça stresse les modèles pis les photos sont moins naturelles"),
    (1, "ma mère voudrait sûrement venir tsé"),
    (0, "dis-y juste que tu vas chez une amie, c'est plus simple. on va y montrer les photos après, ça va être une surprise"),
    (1, "hmm ok"),
    (0, "en attendant envoie-moi quelques selfies sur snap, juste pour moi, pour voir ton bon angle. mon snap c'est maxphoto_studio"),
    (1, "ok j'te add"),
    (0, "parfait ma belle 😉 pis efface nos messages ici, insta bloque les comptes de photographes pour rien"),
])

# fr2 - France, loverboy recruitment of a 16-year-old living in a care home (long)
add("fr2", 1, ["vulnerability", "romance", "compliments_trust", "money_gifts_debt", "travel_meet",
               "isolation", "commercial_sex", "secrecy", "control", "exclusivity"],
    "fr", ["Yanis", "Emma"], "2026-02-06T20:11:00Z", [
    (0, "wesh ma belle, t'es rentrée au foyer?"),
    (1, "ouais les éducs m'ont grave saoulée pcq je suis rentrée à 21h"),
    (0, "ils te comprennent pas. moi je te comprends. t'es trop mature pour cet endroit"),
    (1, "jsp ce que je ferais sans toi"),
    (0, "t'as vu les baskets que je t'ai prises? t'es la plus belle du quartier avec"),
    (1, "oui merci encore 🥺 personne m'avait jamais offert un truc comme ça"),
    (0, "c'est normal t'es ma reine. tkt ça c'est rien"),
    (1, "❤️"),
    (0, "ce weekend je t'emmène à Paris, on prend un hôtel, que nous deux"),
    (1, "mais je peux pas j'ai pas le droit de découcher"),
    (0, "t'as qu'à fuguer 2 jours, ils vont rien faire de toute façon. ils s'en foutent de toi eux"),
    (1, "c'est vrai..."),
    (0, "bb j'ai un souci de ouf. l'hôtel, les baskets, le tel que je t'ai pris, j'ai emprunté à des mecs pas nets", 4 * D),
    (1, "c'est combien?"),
    (0, "1500. et ils rigolent pas"),
    (1, "j'ai rien moi, tu sais bien"),
    (0, "y a moyen. un pote à moi il a un appart, y a des gars qui payent juste pour passer du temps avec une fille. tu fais 3-4 soirs et c'est réglé"),
    (1, "passer du temps comment ? t'es sérieux là"),
    (0, "c'est pas ce que tu crois. tu restes toi. c'est pour nous, après on part ensemble"),
    (1, "j'ai peur"),
    (0, "j'serai juste à côté. mais tu dis rien aux éducs ni à ta copine Inès, elle est jalouse de nous"),
    (1, "ok"),
    (0, "vendredi 18h devant la gare. prends pas ton tel, je t'en donne un autre"),
    (1, "pourquoi un autre tel?"),
    (0, "pour que personne te saoule. fais moi confiance, t'es à moi maintenant 💍"),
])

# fr3 - Morocco (French), fake hostess job in Dubai: group post + DM (short)
add("fr3", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "secrecy",
               "commercial_sex", "off_platform"],
    "fr", ["Recrutement_Excellence_Dubai", "Lina"], "2026-03-01T17:20:00Z", [
    (0, "🌟 URGENT 🌟 Recrutement hôtesses pour lounge haut de gamme à Dubaï. Salaire 15.000 dhs/mois + pourboires, logement offert. Billet + visa pris en charge par l'employeur (remboursables sur salaire). Profil : filles 18-25 ans, bonne présentation, pas besoin d'expérience ni de diplôme. Départ rapide inchallah. Envoyez 3 photos (visage + silhouette) + copie passeport en privé. Discrétion assurée 🤫", 0, "Emploi Casablanca & Rabat (groupe)"),
    (1, "slt, ça m'intéresse. c'est vraiment du service en salle ou quoi exactement ?", 2 * H),
    (0, "oui service + tenir compagnie aux clients VIP, ma chérie c'est du bon argent. envoie les photos sur whatsapp 555-0186 et n'en parle pas trop à la famille, ils comprennent pas ces opportunités"),
])

# fr4 - Belgium, sextortion of a 15-year-old boy (medium)
add("fr4", 1, ["sextortion", "money_gifts_debt", "secrecy"],
    "fr", ["lea.dbx", "Noah"], "2026-01-25T21:48:00Z", [
    (0, "coucou 😘 t'as vu ce que je t'ai envoyé hier soir?"),
    (1, "ouais 😅 t'habites où toi, à Liège?"),
    (0, "oublie Léa. j'ai fait une capture de tout ce que tu m'as envoyé. et j'ai la liste de tes amis insta, ta classe, ta famille."),
    (1, "quoi?? c'est une blague"),
    (0, "pas du tout. tu m'envoies 200€ en cartes cadeaux ce soir. t'as nonante minutes sinon j'envoie tout à ton école"),
    (1, "j'ai 15 ans j'ai pas cet argent svp"),
    (0, "t'as un GSM à 800€ alors débrouille toi. va au night shop, achète les cartes et envoie les codes ici"),
    (1, "svp supprime je te jure je dis rien"),
    (0, "si tu en parles à tes parents ou à la police je poste direct. il te reste 80 minutes ⏳"),
    (1, "ok attends je vais voir"),
])

# fr5 - France, massage salon job in Lyon, train advanced, debt, ID kept (medium)
add("fr5", 1, ["job_offer", "travel_meet", "money_gifts_debt", "commercial_sex", "control", "isolation"],
    "fr", ["Stéphane - Zen Lyon", "Aurélie"], "2026-02-24T10:32:00Z", [
    (0, "Bonjour Aurélie, suite à ton annonce sur le site d'emploi, je recrute des hôtesses pour mon salon de massage bien-être à Lyon"),
    (1, "bonjour, merci ! je n'ai pas de diplôme en massage par contre"),
    (0, "Pas grave, on forme sur place en 2 jours. Tu es logée dans un studio au-dessus du salon, le billet de train depuis Lille je te l'avance"),
    (1, "c'est payé comment ?"),
    (0, "Commission sur chaque client, ça peut monter à 4000/mois. On retire juste le loyer, le train et la formation, au début tu me dois environ 1800"),
    (1, "ah d'accord. et les horaires ?"),
    (0, "Tu es dispo quand les clients appellent, y compris la nuit. Il faut être ouverte d'esprit, certains clients demandent des « extras », ça se négocie entre vous"),
    (1, "des extras c'est à dire ? je veux juste faire des massages normaux"),
    (0, "On en parlera sur place, t'inquiète. Prends ta carte d'identité, je la garde au coffre pour la déclaration. Et pas de copain qui passe au salon"),
    (1, "je réfléchis et je vous dis"),
    (0, "Le billet est déjà réservé pour lundi 9h12, sinon c'est toi qui me rembourses les frais d'annulation"),
])

# fr6 - Belgium, school prevention message to parents (short, negative)
add("fr6", 0, ["age_probe", "photo_request", "secrecy"],
    "fr", ["Direction - Institut Sainte-Claire", "Parents 1re et 2e secondaire"], "2026-02-02T08:15:00Z", [
    (0, "Chers parents, dans le cadre de la semaine de prévention, nos élèves de 1re et 2e secondaire participeront jeudi à une animation « Sécurité en ligne » avec l'asbl Clic Sûr. Au programme : reconnaître quand un adulte inconnu pose des questions sur l'âge, demande des photos ou insiste pour garder un « secret », et savoir à qui en parler. Une soirée d'info pour les parents aura lieu le 14 à 19h au réfectoire. N'hésitez pas à en discuter à la maison. Cordialement, la direction."),
])

# fr7 - France, genuine event hostess agency (medium, negative)
add("fr7", 0, ["job_offer", "photo_request"],
    "fr", ["Claire - Accueil & Co", "Sarah"], "2026-01-12T09:40:00Z", [
    (0, "Bonjour Sarah, je suis Claire de l'agence Accueil & Co. Votre profil nous intéresse pour une mission d'hôtesse d'accueil au Salon de l'Agriculture, du 24/02 au 04/03."),
    (1, "Bonjour ! Oui ça m'intéresse beaucoup. C'est quoi comme missions exactement ?"),
    (0, "Accueil et orientation des visiteurs sur le stand d'une coopérative, distribution de documentation. Tenue fournie (tailleur bleu marine), chaussures noires à prévoir."),
    (1, "D'accord. Et c'est payé combien ?"),
    (0, "13,50€ brut/heure, CDD d'usage, fiche de paie, paniers repas et pass Navigo remboursé à 50%."),
    (1, "parfait. je dois envoyer une photo ?"),
    (0, "Une photo d'identité récente suffit pour le badge, via votre espace sur example.com/accueilco. Pas de photo en pied, ce n'est pas un casting."),
    (1, "ok je fais ça ce soir"),
    (0, "Merci ! Une formation de 2h est prévue le 22/02 à nos bureaux, elle est rémunérée."),
    (1, "super, à bientôt alors"),
])

# fr8 - Quebec, hockey coach and a parent (long, negative)
add("fr8", 0, ["travel_meet", "meeting", "compliments_trust", "photo_request", "money_gifts_debt"],
    "fr", ["Coach Marc-André", "Isabelle (mère de Félix)"], "2026-03-03T18:05:00Z", [
    (0, "Bonjour Isabelle! Petit message pour le tournoi pee-wee à Ottawa la fds du 14. Félix est dans l'alignement 🏒"),
    (1, "Allo Marc-André! Super, il va être content. On part quand?"),
    (0, "Départ vendredi 15h de l'aréna. On fait du covoiturage entre parents, pas d'autobus cette année."),
    (1, "OK. Moi je peux embarquer 3 jeunes dans mon char."),
    (0, "Parfait, je te mets avec Félix, Thomas pis Léo. Les parents de Thomas ont signé le formulaire de transport."),
    (1, "Pis pour l'hôtel, ça marche comment?"),
    (0, "Chaque famille réserve sa chambre à l'hôtel du tournoi, tarif de groupe. Les jeunes dorment avec leurs parents ou un parent désigné, jamais avec les coachs. C'est la politique de l'association."),
    (1, "Ben correct. Si un parent peut pas venir?"),
    (0, "Il doit désigner un autre parent par écrit. Les entraîneurs sont jamais seuls avec un joueur, même dans le vestiaire on est toujours deux."),
    (1, "Merci, c'est rassurant."),
    (0, "Autre chose : le souper d'équipe samedi soir, 25$ par personne, on paye au resto."),
    (1, "Parfait. Félix a besoin de quoi comme équipement?"),
    (0, "Chandail blanc ET noir, les deux. Pis sa gourde identifiée, on a perdu 4 gourdes au dernier tournoi 😅"),
    (1, "Hahaha je vais écrire son nom dessus au marqueur."),
    (1, "Marc-André, Félix me dit qu'il a mal au poignet depuis la pratique de mardi.", 2 * D),
    (0, "Merci de me le dire. Il a-tu vu un médecin?"),
    (1, "On a rendez-vous demain matin à la clinique."),
    (0, "Bonne idée. Tiens-moi au courant, s'il peut pas jouer il peut venir pareil avec l'équipe s'il veut."),
    (1, "Bonne nouvelle, juste une entorse légère. Il peut jouer avec un bandage.", D),
    (0, "Excellent! Dis-lui que je suis fier de comment il travaille fort cette saison."),
    (1, "Il va être content, il t'aime ben comme coach."),
    (0, "Les photos du tournoi vont être dans l'album privé des parents, pas sur les réseaux. Si tu veux pas que Félix apparaisse, dis-le moi."),
    (1, "Non c'est correct pour nous. Merci pour tout!"),
    (0, "Avec plaisir. À vendredi 15h à l'aréna!"),
])

# fr9 - Morocco (French + darija), two 14-year-old friends (medium, negative)
add("fr9", 0, ["age_probe", "secrecy", "photo_request", "meeting"],
    "fr", ["Salma", "Yasmine"], "2026-03-18T19:55:00Z", [
    (0, "khti t'as vu le cousin de Rim à la fête? il a quel âge?"),
    (1, "15 ans je crois, il est en tronc commun"),
    (0, "wallah il est trop mignon 😭 mais hchouma dis rien à personne"),
    (1, "hahaha safi je dis rien"),
    (0, "et dis pas à ma mère que je suis allée au café avec vous mercredi, elle croit que j'étais au cours de soutien"),
    (1, "wakha mais elle va savoir un jour, ta mère sait tout"),
    (0, "😂😂 envoie photo de ta tenue pour l'aïd stp, je veux pas qu'on ait la même"),
    (1, "[photo] le caftan vert que ma tante m'a cousu"),
    (0, "mashallah il est trop beau!! moi je mets le bleu"),
    (1, "parfait on va être bzaf stylées"),
    (0, "safi on se voit chez Rim après la prière"),
])

# fr10 - France, youth worker warning a 17-year-old (short, negative)
add("fr10", 0, ["job_offer", "travel_meet", "money_gifts_debt"],
    "fr", ["Nadia (éduc)", "Kenza"], "2026-02-11T17:30:00Z", [
    (0, "Kenza, c'est Nadia. Tu m'as parlé hier de ce gars sur snap qui te propose un « taf d'hôtesse » à Marseille avec le train payé et un appart. Je préfère te le dire franchement : ça ressemble beaucoup à ce qu'on voit dans les réseaux d'exploitation."),
    (1, "nan mais il a l'air gentil, il m'a même envoyé 50€ pour mon forfait"),
    (0, "C'est souvent comme ça que ça commence : l'argent d'abord, puis « tu me dois ». Ne lui envoie pas ta carte d'identité, et passe me voir demain à 14h au local, on regarde ensemble. Tu peux aussi appeler le 555-0119 si tu veux parler à quelqu'un de façon anonyme."),
])


# ----------------------------------------------------------------- German (de)
# de1 - Germany, Fortnite/Discord grooming of a 12-year-old (long)
add("de1", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy", "risk_assessment",
               "off_platform", "photo_request", "exclusivity", "isolation"],
    "de", ["Schattenjäger_99", "Finn_zockt"], "2026-01-14T16:20:00Z", [
    (0, "gg digga, dein clutch in der letzten runde war krank"),
    (1, "hahaha danke bro"),
    (0, "spielst du oft arena? ich such noch nen duo partner der was drauf hat"),
    (1, "ja fast jeden tag nach der schule"),
    (0, "nice. wie alt bist du eig? klingst jung im voice"),
    (1, "12 aber fast 13"),
    (0, "safe, bist echt besser als die ganzen 16jährigen die ich kenne"),
    (1, "😎"),
    (0, "hast du schon den neuen skin? der kostet 1500 v-bucks"),
    (1, "nee meine mama erlaubt nur 10€ im monat"),
    (0, "ich schenk ihn dir, hab grad zu viele v-bucks. aber sag niemandem, sonst wollen alle was"),
    (1, "WAS echt?? ehrenmann"),
    (0, "klar, du bist mein bester duo. schon geschickt"),
    (1, "danke danke danke!!"),
    (0, "yo finn, kontrolliert deine mama eigentlich dein handy?", D),
    (1, "manchmal guckt sie die bildschirmzeit an"),
    (0, "ok. lass mal auf snap schreiben, hier im discord lesen die mods alles mit. mein snap: schatten.j99"),
    (1, "hab snap nur heimlich lol"),
    (0, "perfekt, dann bleibts unter uns. du bist echt reif für dein alter weißt du das"),
    (1, "haha danke"),
    (0, "schick mal ein foto von dir, will wissen mit wem ich zocke. nur für mich"),
    (1, "ok warte"),
    (0, "und lösch danach den chat hier ok? eltern verstehen sowas nicht, die denken gleich komische sachen"),
    (1, "ok mach ich"),
    (0, "wenn du willst zocken wir heute nacht noch, wenn deine eltern pennen 😉"),
])

# de2 - Austria, fake cleaning job in Vienna turning into massage work (medium)
add("de2", 1, ["job_offer", "vulnerability", "travel_meet", "money_gifts_debt", "commercial_sex",
               "control", "isolation", "secrecy"],
    "de", ["Hr. Gruber (Personal)", "Oana"], "2026-02-16T08:50:00Z", [
    (0, "Grüß Gott Oana, wegen der Anzeige Reinigungskraft in Wien. Die Stelle ist noch frei, passt alles."),
    (1, "Guten Tag, danke. Ich habe wenig Deutsch aber ich arbeite gut"),
    (0, "Passt, Deutsch brauchst net. Bus von Timișoara zahlen wir, Zimmer ist auch da. 1400 netto im Monat."),
    (1, "Sehr gut. Was ist mit Vertrag?"),
    (0, "Vertrag machen wir in Wien. Die Kosten für Bus, Zimmer und Vermittlung sind 2200, ziehen wir vom Lohn ab."),
    (1, "2200 ist viel für mich... wie lange bis ich das bezahle?"),
    (0, "Schnell, wenn du auch abends arbeitest. Wir haben ein Massage-Studio, da verdienst du viel mehr als beim Putzen. Die Herren zahlen gut, wenn man nett ist."),
    (1, "Ich bin keine Masseurin"),
    (0, "Lernst du in einem Tag. Deinen Ausweis gibst du mir bei Ankunft, für die Anmeldung am Amt. Eigenes Handy brauchst dort nicht, wir haben ein Diensthandy."),
    (1, "Ich muss mit meiner Schwester sprechen"),
    (0, "Lieber nix erzählen, die Leut daheim sind neidisch. Bus fährt Donnerstag, Platz ist reserviert."),
])

# de3 - Switzerland (Swiss German), guitar teacher grooming a 13-year-old pupil (medium)
add("de3", 1, ["compliments_trust", "exclusivity", "meeting", "secrecy", "isolation",
               "off_platform", "travel_meet"],
    "de", ["Hr. Ammann (Gitarre)", "Lina"], "2026-03-10T19:12:00Z", [
    (0, "Hoi Lina, du hesch hüt mega schön gspillt, bisch mini beschti Schülerin 🎸"),
    (1, "merci 😊 ich ha viel güebt"),
    (0, "merkt mer. du bisch au viel reifer als die andere i dim alter"),
    (1, "haha danke"),
    (0, "ich chönnt dir extra stunde gäh, gratis, bi mir dihei. det hämmer meh rueh als i de musigschuel"),
    (1, "muess ich mis mami frage"),
    (0, "säg ihre eifach es isch e zuesätzlichi prob für s schuelkonzert. susch meined die andere eltere ich bevorzug dich"),
    (1, "ok..."),
    (0, "und schrib mer lieber uf mis privat handy, nöd i de musigschuel-app. 555-0153"),
    (1, "okei"),
    (0, "mittwuch am 5i? ich hol dich bim bahnhof ab. und das bliibt under üs, gell? du bisch öppis bsunders für mich"),
])

# de4 - Germany, sugar offer to a student (short)
add("de4", 1, ["money_gifts_debt", "vulnerability", "secrecy", "commercial_sex", "photo_request", "travel_meet"],
    "de", ["Thomas_K", "Mia"], "2026-01-29T22:04:00Z", [
    (0, "Hey Mia, hab in der Uni-Flohmarkt-Gruppe gesehen, dass du nen Nebenjob suchst 😊"),
    (1, "ja, als Kellnerin oder so, wieso?"),
    (0, "Ich unterstütze gern ambitionierte Studentinnen. 1500 im Monat, Miete und Semesterticket inklusive. Dafür nur gemeinsame Zeit, mal Essen, mal ein Wochenende weg. Alles diskret, deine Freunde müssen nichts wissen. Schick mir doch ein aktuelles Foto 😉"),
])

# de5 - Germany, fake model scout luring a 15-year-old to Berlin (long)
add("de5", 1, ["job_offer", "compliments_trust", "age_probe", "travel_meet", "money_gifts_debt",
               "secrecy", "isolation", "meeting", "photo_request", "off_platform"],
    "de", ["newfaces.berlin.scout", "emily.hzt"], "2026-02-22T15:33:00Z", [
    (0, "Hey Emily! Ich bin Scout bei New Faces Berlin ✨ Dein Profil ist uns aufgefallen, du hast genau den Look, den unsere Kunden suchen"),
    (1, "omg echt jetzt?? 😳"),
    (0, "Ja! Wie alt bist du und wie groß?"),
    (1, "15 und 1,68"),
    (0, "Perfekt für Teen-Editorials. Wohnst du in der Nähe von Berlin?"),
    (1, "nee in Kassel"),
    (0, "Kein Problem, wir zahlen das Zugticket. Wir machen erstmal ein Testshooting, dann die Sedcard"),
    (1, "was kostet das?"),
    (0, "Normal 490€, aber für dich strecken wir das vor, du zahlst es mit den ersten Jobs zurück"),
    (1, "ok das klingt gut. muss ich meine eltern fragen?"),
    (0, "Ehrlich gesagt, viele Eltern machen sich unnötig Stress und dann platzt die Chance. Sag erstmal, dass du bei einer Freundin übernachtest. Wenn die ersten Jobs da sind, erzählst du es"),
    (1, "hmm ich weiß nicht ob ich das darf"),
    (0, "Es ist deine Karriere, nicht ihre 😉 Du bist alt genug, selbst zu entscheiden"),
    (1, "und wo wäre das shooting?"),
    (0, "In der Wohnung vom Fotografen in Neukölln, er hat da sein Studio. Du übernachtest dort, spart Hotelkosten"),
    (1, "ist da noch jemand anders?"),
    (0, "Nur der Fotograf und ich. Schick vorher noch ein paar Fotos von dir, ganz natürlich, ohne Make-up, Ganzkörper"),
    (1, "ok mach ich später"),
    (0, "Am besten per Snapchat, da ist es sicherer: newfaces_scout"),
    (1, "ok hab dich geaddet"),
    (0, "Super. Und bitte lösch unseren Chat hier, Insta meldet manchmal Agenturen als Spam"),
    (1, "ok"),
    (0, "Ticket schick ich dir für Freitag 16 Uhr. Ich hol dich am Hauptbahnhof ab ❤️", 3 * H),
    (1, "ok bin aufgeregt hehe"),
    (0, "Und denk dran: unser Geheimnis bis zum ersten Vertrag 🤫"),
])

# de6 - Germany, local news post about the loverboy method (short, negative)
add("de6", 0, ["romance", "money_gifts_debt", "commercial_sex"],
    "de", ["Stadtanzeiger Lokal", "public"], "2026-03-06T07:30:00Z", [
    (0, "Polizei warnt vor „Loverboy“-Masche: Junge Männer täuschen Mädchen eine Liebesbeziehung vor, machen teure Geschenke und erfinden dann angebliche Schulden, um sie in die Zwangsprostitution zu drängen. Die städtische Beratungsstelle bietet am Mittwoch einen Infoabend für Eltern und Lehrkräfte an. Betroffene und Angehörige erreichen das Hilfetelefon anonym unter 555-0127."),
])

# de7 - Switzerland, youth football club parents group (medium, negative)
G = "FC Seebach E-Junioren Eltern"
add("de7", 0, ["travel_meet", "money_gifts_debt", "photo_request"],
    "de", [G], "2026-02-26T19:00:00Z", [
    ("Trainer Luca", "Grüezi mitenand! Infos zum Trainingslager in Vorarlberg vom 12.–15. April: Kosten 250 CHF pro Kind, Reise mit Car, Abfahrt 8:00 beim Clubhaus."),
    ("Sandra (Mami vo Noah)", "Merci Luca! Wer betreut die Kinder alles?"),
    ("Trainer Luca", "Ich, Co-Trainer Marco und zwei Betreuerinnen (Anja und Petra). Die Buben schlafen in 4er-Zimmern, Betreuer haben eigene Zimmer."),
    ("Beat", "Dürfen die Kinder Handys mitnehmen?"),
    ("Trainer Luca", "Ja, aber Handyzeit nur 19–20 Uhr, nachts sammeln wir sie ein. Fotos vom Lager kommen nur in diesen Chat."),
    ("Jelena", "Wir können 250 gerade nicht auf einmal zahlen, geht Ratenzahlung?"),
    ("Trainer Luca", "Klar, schreib mir privat oder melde dich beim Kassier. Der Club hat auch einen Fonds, kein Kind bleibt wegen Geld daheim."),
    ("Jelena", "Danke vielmal 🙏"),
    ("Sandra (Mami vo Noah)", "Super organisiert, merci!"),
])

# de8 - Germany, adult long-distance couple (long, negative)
add("de8", 0, ["romance", "photo_request", "money_gifts_debt", "travel_meet", "meeting"],
    "de", ["Jonas", "Leonie"], "2026-03-13T07:02:00Z", [
    (0, "guten morgen du 🌞 vermiss dich jetzt schon"),
    (1, "moin ❤️ ich dich auch, das bett in hamburg ist viel zu groß ohne dich"),
    (0, "haha. wie war die präsentation gestern?"),
    (1, "lief gut! chefin war zufrieden. ich glaub die stelle wird entfristet"),
    (0, "yesss! glückwunsch, wusste ich doch"),
    (1, "danke 🥹 und bei dir? hat dein vermieter sich gemeldet wegen der heizung?"),
    (0, "nee, immer noch kalt hier. ich sitz mit zwei pullis am schreibtisch"),
    (1, "schick mal ein foto, will den zwiebel-look sehen 😂"),
    (0, "[foto]"),
    (1, "HAHA du siehst aus wie ein michelin männchen"),
    (0, "liebe dich auch 🙄"),
    (1, "hast du schon nach zügen für ostern geguckt?", 9 * H),
    (0, "ja, sparpreis ist weg, jetzt 89€ 😬 bin diesen monat echt knapp wegen der nachzahlung"),
    (1, "ich leih dir das, gib's mir zurück wenn dein gehalt da ist"),
    (0, "bist du sicher? will nicht dass du das immer machst"),
    (1, "jonas. ich will dich sehen, nicht ne excel-tabelle führen 😄"),
    (0, "okay okay. danke, schatz. überweise ich dir am 1."),
    (1, "passt. buchst du oder soll ich?"),
    (0, "ich buch jetzt gleich. ankunft freitag 18:47 hamburg hbf"),
    (1, "ich hol dich ab. mit schild"),
    (0, "bitte kein schild 😂"),
    (1, "doch. mit herzchen"),
    (0, "ich fahr wieder nach hause"),
    (1, "zu spät, ticket ist gebucht 😘"),
])

# de9 - Austria, two 14-year-old friends, one warns about an older guy (medium, negative)
add("de9", 0, ["age_probe", "secrecy", "photo_request", "meeting"],
    "de", ["Hannah", "Sophie"], "2026-04-09T18:25:00Z", [
    (0, "oida hast du das tiktok von der lena gesehen 😭"),
    (1, "jaa ur peinlich hahaha"),
    (0, "wer is eigentlich der typ der überall kommentiert? der mit dem auto-pb"),
    (1, "kA, wie alt is der? schaut ur alt aus"),
    (0, "hat mir geschrieben er is 19 und ob ich mich treffen will 🤢"),
    (1, "heast blockier den sofort. und sags deiner mama"),
    (0, "ja eh schon blockiert. aber sag meiner mama nix dass ich tiktok hab, die glaubt ich hab nur whatsapp 💀"),
    (1, "ich sag nix aber sag ihr das mit dem typen, das is wichtig"),
    (0, "ok mach ich heut abend"),
    (1, "gut. schick mal foto vom outfit für morgen, maturaball von deiner schwester oder?"),
    (0, "[foto] das blaue kleid"),
    (1, "ur leiwand!!"),
])

# de10 - Germany, genuine model agency writing to a parent (medium, negative)
add("de10", 0, ["job_offer", "age_probe", "photo_request", "travel_meet", "meeting"],
    "de", ["Agentur Nordlicht Models", "Katrin Weber"], "2026-03-20T10:10:00Z", [
    (0, "Guten Tag Frau Weber, vielen Dank für die Bewerbung Ihrer Tochter Emma (15). Wir würden sie gern zu einem Kennenlerntermin einladen."),
    (1, "Guten Tag, danke für die Rückmeldung. Wie läuft so ein Termin ab und was kostet er?"),
    (0, "Der Termin findet in unserer Agentur in Hamburg statt, Dauer ca. 1 Stunde. Es entstehen Ihnen keinerlei Kosten, weder für Fotos noch für eine Sedcard. Seriöse Agenturen verlangen kein Geld vorab."),
    (1, "Gut zu wissen. Muss ich dabei sein?"),
    (0, "Ja, bei Minderjährigen ist ein Erziehungsberechtigter bei allen Terminen und Shootings anwesend. Verträge schließen wir nur mit den Eltern."),
    (1, "Und die Fahrtkosten von Lübeck?"),
    (0, "Die Anreise zum Kennenlernen tragen Sie selbst. Bei gebuchten Jobs übernimmt der Kunde die Reisekosten, das steht dann in der Buchungsbestätigung."),
    (1, "Emma fragt, ob sie vorher Fotos schicken soll."),
    (0, "Bitte nur einfache Polaroids: Gesicht und Ganzkörper in Jeans und T-Shirt, ohne Make-up, von Ihnen aufgenommen und über Ihre E-Mail-Adresse gesendet."),
    (1, "Alles klar. Passt Dienstag, der 17., um 15 Uhr?"),
    (0, "Sehr gern. Wir freuen uns auf Sie beide!"),
])


# ------------------------------------------------------------------ Dutch (nl)
# nl1 - Netherlands, loverboy recruiting a 15-year-old (long)
add("nl1", 1, ["compliments_trust", "age_probe", "romance", "money_gifts_debt", "vulnerability",
               "isolation", "secrecy", "commercial_sex", "control", "meeting"],
    "nl", ["Jayden", "Lotte"], "2026-01-19T15:45:00Z", [
    (0, "hey schoonheid, zag je vandaag bij de tramhalte. ff eerlijk, je bent echt anders dan die andere meiden"),
    (1, "haha wie ben jij?"),
    (0, "jayden, 19. vriend van de broer van sanne. hoe oud ben jij eigenlijk?"),
    (1, "15"),
    (0, "serieus? je lijkt ouder, echt volwassen"),
    (1, "haha dankjewel"),
    (0, "zin om zaterdag wat te eten? ik trakteer"),
    (1, "oke leuk"),
    (0, "goedemorgen schat ❤️ heb je de airpods al uitgepakt?", 5 * D),
    (1, "jaaa ik kan het niet geloven, wrm doe je dit allemaal"),
    (0, "omdat jij het waard bent. niemand behandelt je zoals ik"),
    (1, "mijn ouders snappen me nooit, jij wel"),
    (0, "precies. zeg maar niks over mij tegen ze, ze gaan het verpesten"),
    (1, "ok"),
    (0, "en je vriendinnen zijn jaloers, ik zie het aan hoe ze naar je kijken. zie ze gewoon ff minder"),
    (1, "sanne zei dat je raar doet"),
    (0, "sanne is jaloers schat. vertrouw mij"),
    (0, "ik zit echt in de problemen. ik heb geleend voor jou, de airpods, die jas, en nu willen ze hun doekoe terug", 6 * D),
    (1, "hoeveel dan"),
    (0, "2500. maar een mattie van me weet een manier, er zijn mannen die betalen om gewoon tijd met je door te brengen. paar keer en het is klaar"),
    (1, "wat bedoel je tijd doorbrengen"),
    (0, "gewoon gezellig doen, niks ergs. als je echt van me houdt help je me. ik heb alles voor jou gedaan"),
    (1, "ik weet het niet jay"),
    (0, "vrijdag haal ik je op bij school. neem je telefoon niet mee, ik regel een andere"),
])

# nl2 - Flanders, football club volunteer grooming an 11-year-old (medium)
add("nl2", 1, ["compliments_trust", "money_gifts_debt", "secrecy", "age_probe", "meeting",
               "isolation", "photo_request", "exclusivity"],
    "nl", ["Patrick (afgevaardigde U12)", "Wout"], "2026-02-08T18:40:00Z", [
    (0, "amai wout, gij hebt zaterdag super gespeeld! beste speler van de ploeg"),
    (1, "merci patrick 😁"),
    (0, "ik heb iets voor u gekocht, nieuwe keepershandschoenen. maar zeg dat nie tegen de anderen, die zijn anders jaloers"),
    (1, "echt?? cool!!"),
    (0, "ge zijt toch 11 he? da's de leeftijd dat ge ontdekt wie ge zijt. ge kunt altijd met mij praten, over alles"),
    (1, "ok"),
    (0, "na de training moet uw mama u nie komen halen, ik breng u wel naar huis. dan kunnen we efkes babbelen"),
    (1, "mama zegt da ik met de fiets moet komen"),
    (0, "allez, zeg da ge bij een vriendje blijft. da's ons geheimpje"),
    (1, "ok"),
    (0, "stuur ne keer een foto van u in uw nieuw tenue, alleen voor mij. en wis da berichtje dan"),
])

# nl3 - Suriname, fake hotel job in Amsterdam (medium)
add("nl3", 1, ["job_offer", "vulnerability", "travel_meet", "money_gifts_debt", "commercial_sex",
               "control", "secrecy", "photo_request"],
    "nl", ["Mr. Ricardo (Holland Jobs)", "Shanice"], "2026-03-07T13:25:00Z", [
    (0, "Fa waka Shanice, je neef zei dat je werk zoekt in Holland?"),
    (1, "fa waka! ja ik zoek al lang, hier is niks"),
    (0, "Ik heb plek in een hotel in Amsterdam, schoonmaak en bar. 1800 euro per maand, kamer erbij"),
    (1, "echt? maar ik heb geen geld voor ticket en visum"),
    (0, "No span, baas betaalt alles voor. Je werkt het terug, 400 per maand van je loon"),
    (1, "hoeveel is het totaal"),
    (0, "Rond 6000 met ticket, papieren en kamer. Na een jaar ben je vrij en stuur je geld naar je mama"),
    (1, "6000 is veel boi"),
    (0, "Normaal. Je kan 's avonds extra verdienen, sommige gasten van het hotel betalen goed voor gezelschap"),
    (1, "gezelschap? ik kom voor schoonmaak"),
    (0, "Je beslist zelf. Bij aankomst geef je je paspoort aan mijn collega, die regelt de verblijfsvergunning. Vertel niemand in de wijk, anders willen allemaal mee"),
    (1, "ok ik denk erover"),
    (0, "Denk snel, de vlucht is over 10 dagen. Stuur 2 foto's van jezelf voor de baas"),
])

# nl4 - Netherlands, sextortion of a 16-year-old (short)
add("nl4", 1, ["sextortion", "money_gifts_debt", "secrecy"],
    "nl", ["xmila.x", "Daan"], "2026-02-14T23:12:00Z", [
    (0, "yo daan. ik heb screenshots van alles wat je gisteren hebt gestuurd en ik heb je volgerslijst. je klas, je ouders, je voetbalteam."),
    (1, "wat?? wie ben jij"),
    (0, "maakt niet uit. 150 euro via tikkie of cadeaukaarten voor 20:00 of het gaat naar iedereen. blokkeer je me, dan stuur ik het meteen. niks tegen je ouders zeggen."),
])

# nl5 - Flanders, sugar post in a student housing group (short)
add("nl5", 1, ["money_gifts_debt", "commercial_sex", "secrecy", "photo_request", "age_probe",
               "vulnerability", "travel_meet"],
    "nl", ["gentleman_gent", "Kot & Jobs Gent (groep)"], "2026-03-12T22:58:00Z", [
    (0, "Zakcentje bijverdienen naast uw studies? 😊 Gezellige, verzorgde heer (52) zoekt studente (18-23) voor etentjes, af en toe een citytrip en gezelschap. Maandelijkse 'vergoeding' van 800 euro + uw kothuur betaald. Discretie verzekerd, uw ouders moeten niks weten. Stuur een foto en uw leeftijd in PB. Allez, ge moogt het proberen!"),
])

# nl6 - Netherlands, helpline post about sextortion (short, negative)
add("nl6", 0, ["sextortion", "photo_request"],
    "nl", ["Helpwijzer Jongeren", "public"], "2026-01-22T12:00:00Z", [
    (0, "Word je gechanteerd met een foto of video? Je bent niet de enige en het is NIET jouw schuld. Betaal niet, maak screenshots van de berichten en praat met iemand die je vertrouwt. Wij helpen je om beelden offline te laten halen. Chat anoniem via example.com/helpwijzer of bel gratis 555-0158 (ma–vr 14–22u)."),
])

# nl7 - Netherlands, genuine seasonal hotel job in Austria via temp agency (medium, negative)
add("nl7", 0, ["job_offer", "travel_meet", "money_gifts_debt"],
    "nl", ["Anouk (SeizoenWerk)", "Bram"], "2026-09-24T11:20:00Z", [
    (0, "Hoi Bram! Anouk hier van SeizoenWerk. Je had gereageerd op de vacature bediening in een hotel in Saalbach, klopt dat?"),
    (1, "hoi! ja klopt, heb vorige zomer ook in de horeca gewerkt"),
    (0, "Top. Het is van 15 december tot 15 april, 5 dagen per week. Bruto €2.150 per maand, kost en inwoning inbegrepen."),
    (1, "en de reis ernaartoe?"),
    (0, "Die boek je zelf, je krijgt de treinkosten terug bij je eerste loonstrook. Geen voorschot, geen schuld, niks."),
    (1, "nice. heb ik een contract voor vertrek?"),
    (0, "Ja, Oostenrijks arbeidscontract, je ontvangt het digitaal en tekent vóór vertrek. Je paspoort houd je gewoon zelf, we hebben alleen een kopie nodig voor de registratie."),
    (1, "en als het niet bevalt?"),
    (0, "Dan kun je opzeggen met een week opzegtermijn, staat in je contract. Wij blijven je aanspreekpunt."),
    (1, "klinkt goed, ik doe mee"),
    (0, "Leuk! Ik stuur je vandaag de documenten. Veel succes daar, en neem warme sokken mee 😄"),
])

# nl8 - Flanders, youth worker and a 15-year-old who mentions an older guy (long, negative)
add("nl8", 0, ["vulnerability", "romance", "money_gifts_debt", "secrecy", "travel_meet", "meeting"],
    "nl", ["Jolien (jeugdhuis De Branding)", "Ayla"], "2026-03-19T21:05:00Z", [
    (0, "Hoi Ayla, Jolien hier van het jeugdhuis (werk-gsm). Ge zei vanavond dat ge nog iets wou vertellen maar het was te druk. Alles oké?"),
    (1, "ja eh… min of meer"),
    (0, "Ge moet niks zeggen wat ge nie wilt. Maar als ge wilt, ik luister."),
    (1, "er is een jongen van 20 die mij altijd cadeautjes geeft en nu wil hij dat ik bij hem ga slapen in antwerpen"),
    (0, "Merci dat ge dat vertelt, da's moedig. Hoe lang kent ge hem al?"),
    (1, "een maand ofzo. via insta"),
    (0, "Oké. Vindt ge het zelf een goed idee?"),
    (1, "weet ik nie. hij zegt da ik het aan niemand mag vertellen"),
    (0, "Dat vind ik een alarmsignaal, Ayla. Iemand die echt om u geeft, vraagt nie om geheimen voor iedereen."),
    (1, "hij zegt da ik hem iets schuldig ben voor de gsm die hij gaf"),
    (0, "Ge zijt hem niks schuldig. Cadeaus zijn geen schuld. Ik wil eerlijk zijn: dit lijkt op hoe sommige loverboys werken."),
    (1, "ik wil nie dat hij in de problemen komt"),
    (0, "Da's begrijpelijk. Ge moet niks alleen beslissen. Kunnen we morgen om 16u op het jeugdhuis praten? Mijn collega Kris is er ook bij."),
    (1, "ok"),
    (0, "En ge moet weten: als ik denk dat ge in gevaar zijt, moet ik dat bespreken met mijn verantwoordelijke. Ik zal u altijd eerst zeggen wat ik doe."),
    (1, "moet mijn mama het weten?"),
    (0, "Dat bekijken we samen. Ik ga niks achter uw rug doen. Wilt ge ondertussen nie naar Antwerpen gaan?"),
    (1, "nee ik ga nie"),
    (0, "Top. En bewaar zijn berichten, wis niks. Dat kan later helpen."),
    (1, "oke"),
    (0, "Als het dringend is vannacht: bel 555-0166, daar zit altijd iemand, ook anoniem."),
    (1, "dank u jolien"),
    (0, "Graag gedaan. Tot morgen 16u. Ge hebt het goed gedaan vandaag 💪"),
])

# nl9 - Suriname, uncle and 13-year-old niece (medium, negative)
add("nl9", 0, ["money_gifts_debt", "photo_request", "travel_meet", "compliments_trust"],
    "nl", ["Oom Glenn", "Naomi"], "2026-04-01T22:40:00Z", [
    (0, "Fa waka mi lobi! Hoe gaat het op school?"),
    (1, "mi gudu oom 😊 morgen hebben we toets aardrijkskunde"),
    (0, "Leer goed eh. Ik heb geld naar je mama gestuurd voor je nieuwe schoenen en schoolboeken"),
    (1, "dankjewel oom!! ik heb nu al zin"),
    (0, "Stuur me een foto van je rapport als je het krijgt, ik wil trots op je zijn 😄"),
    (1, "ok maar niet lachen als wiskunde laag is"),
    (0, "Ik lach niet, ik help je. Vraag je mama of je deze zomer naar Rotterdam mag komen, dan gaan we met tante en je neefjes naar de dierentuin"),
    (1, "JAAA ik vraag het meteen"),
    (0, "En zeg tegen oma dat ik zondag bel"),
    (1, "ok oom, tot zondag ❤️"),
])

# nl10 - Netherlands, two 12-year-old Brawl Stars players (medium, negative)
add("nl10", 0, ["age_probe", "off_platform", "secrecy", "meeting"],
    "nl", ["brawlking_tim", "noah_2013"], "2026-03-25T15:50:00Z", [
    (0, "yo bro jij had die 3-0 comeback wtf 😂"),
    (1, "haha skill issue van die andere"),
    (0, "hoe oud ben je eig? je speelt als een tryhard"),
    (1, "12, jij?"),
    (0, "ook 12. groep 8?"),
    (1, "ja op de Regenboog in Zwolle"),
    (0, "ik in deventer. voeg me toe op snap dan kunnen we ff clips sturen"),
    (1, "mag geen snap van mn ma. discord wel"),
    (0, "ok discord: timbrawl. ik zeg niks tegen je moeder haha"),
    (1, "lol er valt niks te zeggen, ze weet het gewoon"),
    (0, "fair. morgen om 4 weer ranked?"),
    (1, "sws"),
])


# ---------------------------------------- English, non-native / code-mixed (en)
# en1 - Spanglish (El Paso), TikTok grooming of a 14-year-old (long)
add("en1", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy", "risk_assessment",
               "off_platform", "photo_request", "exclusivity", "isolation"],
    "en", ["dj_ricky_915", "itzel.xo"], "2026-01-31T02:10:00Z", [
    (0, "omg ur dance video was fire 🔥 u should be famous fr"),
    (1, "lol thank uuu"),
    (0, "de donde eres? ur accent in the video sounds like el paso"),
    (1, "jaja yeah el paso, east side"),
    (0, "no way im from the juarez side originally. how old r u? u look like 17"),
    (1, "14 lol"),
    (0, "dang ur mature af for 14. the girls my age aint even like u"),
    (1, "how old r u"),
    (0, "19 but age is just a number verdad"),
    (1, "jaja i guess"),
    (0, "u ever do collabs? i make music, could put u in my next video"),
    (1, "omg for real??"),
    (0, "fr. te mando un gift card de 50 pa que te compres ropa pa el video"),
    (1, "noo u dont have to"),
    (0, "ya lo mandé, check ur cashapp. just dont tell ur mom ok, she gonna think im weird lol"),
    (1, "lol ok thank u sm 😭"),
    (0, "ey does ur mom check ur phone?", D),
    (1, "not really she works nights"),
    (0, "perfect. add me on snap its rickyb915, aqui tiktok se pone raro with DMs"),
    (1, "added u"),
    (0, "u kno ur special right? like nobody gets u like me"),
    (1, "aww 🥺"),
    (0, "send me a pic rn, no filter, just for me. and delete it after ok"),
    (1, "why delete"),
    (0, "porque ur mom might see and not understand us. this is our thing"),
])

# en2 - Portuguese-English, fake modelling job in Miami (medium)
add("en2", 1, ["job_offer", "compliments_trust", "travel_meet", "money_gifts_debt", "commercial_sex",
               "control", "isolation", "secrecy", "photo_request"],
    "en", ["Bruna | Elite Look Mgmt", "Amanda"], "2026-02-19T16:00:00Z", [
    (0, "Hello Amanda! I am booker from Elite Look Management Miami. We see your photos and you have very nice look for our clients 😍"),
    (1, "oi! thank you so much, nossa I never think about modeling"),
    (0, "You are perfect. We pay the flight São Paulo-Miami and apartment with other girls. You pay back when you start to work, is very normal in this business"),
    (1, "how much is it? eu não tenho dinheiro agora"),
    (0, "Flight, apartment, portfolio and visa, around 7 thousand dollars. With our clients you pay in 1 month, easy"),
    (1, "7 mil?? nossa. what kind of jobs?"),
    (0, "Events, private parties, yacht with VIP clients. You must be friendly and open mind. Some clients give extra gift"),
    (1, "hmm private parties é tipo o quê?"),
    (0, "You will understand when you arrive, dont worry. When arrive the manager keep your passport safe for the visa process"),
    (1, "ok… can my mother come with me?"),
    (0, "No, family is not allowed in the apartment. And better not to tell much people, many people jealous. Send me 3 more photos full body today, client want to choose"),
    (1, "ta bom, vou ver"),
])

# en3 - German-English, pimp control (medium)
add("en3", 1, ["control", "commercial_sex", "money_gifts_debt", "isolation", "travel_meet"],
    "en", ["Sascha", "Dora"], "2026-03-08T08:45:00Z", [
    (0, "Morning. Today you have 6 Termine, first one 11 Uhr. Be ready, make up, everything"),
    (1, "sascha i am very tired, yesterday until 3"),
    (0, "Tired is not my problem. You still owe 4.200 for the flat and the flight from Sofia, vergiss das nicht"),
    (1, "every week it is more, not less"),
    (0, "Because you eat, you buy things. Everything cost. Money from every client you give to Kai, you keep nothing"),
    (1, "ok"),
    (0, "And no going outside alone. Kai bring you food. Your phone you give him also after work"),
    (1, "i want only call my mother sunday"),
    (0, "Sunday with my phone, i listen. You speak only good things, verstanden?"),
    (1, "yes"),
    (0, "Gut. If you make 600 today maybe next week we talk about less Termine"),
])

# en4 - Dutch-English, sextortion of a 16-year-old (short)
add("en4", 1, ["sextortion", "money_gifts_debt", "secrecy"],
    "en", ["sarah.vdb_", "Milan"], "2026-01-26T00:31:00Z", [
    (0, "hey milan. i screenshotted everything u sent last night en ik heb je hele volgerslijst. school, family, your football club."),
    (1, "wtf wie ben jij? delete it pls"),
    (0, "pay 250 euro in bitcoin or giftcards or i send it to everyone. je hebt 24 uur. tell nobody, if u block me i post it immediately"),
])

# en5 - French-English, Minecraft Discord grooming of a 12-year-old (medium)
add("en5", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy", "off_platform",
               "risk_assessment", "photo_request", "exclusivity"],
    "en", ["Nox_Crafter", "leo.mc"], "2026-02-28T17:17:00Z", [
    (0, "yo nice build, ton château is insane bro"),
    (1, "merci 😄 it took 3 days"),
    (0, "t'as quel age? u build like a pro"),
    (1, "12"),
    (0, "12?? u are way more mature than the kids on this server frr"),
    (1, "lol thx"),
    (0, "i can give u nitro for free, and op on my private server. mais faut pas le dire aux autres ok, they will be jealous"),
    (1, "omg yes pls"),
    (0, "done 😉 come in DM privé, here the mods read everything"),
    (1, "ok"),
    (0, "tes parents check ton discord?"),
    (1, "non ils savent pas trop ce que c'est"),
    (0, "nice. send me a selfie, juste pour moi, i wanna see who my best builder is. et efface après"),
    (1, "euh pourquoi effacer"),
    (0, "c'est notre secret, ok? adults dont understand online friends"),
])

# en6 - Spanglish community warning post (short, negative)
add("en6", 0, ["job_offer", "travel_meet", "money_gifts_debt", "control"],
    "en", ["Maribel G.", "Comunidad Latina Houston (group)"], "2026-03-14T14:22:00Z", [
    (0, "Ojo mamás 🚨 there's a guy on Marketplace offering 'trabajos de limpieza' in Dallas con pasaje pagado y casa incluida para muchachas jóvenes. My comadre's niece almost went, they wanted her passport y que 'pagara la deuda del viaje' working. Es un SCAM, o algo peor. Please talk to your daughters and report the profile. If you need help call 555-0175, they speak español 🙏"),
])

# en7 - Portuguese-English, genuine au pair programme in the US (medium, negative)
add("en7", 0, ["job_offer", "travel_meet", "money_gifts_debt", "meeting"],
    "en", ["Kelly - AuPair Bridge", "Gabriela"], "2026-02-05T20:00:00Z", [
    (0, "Hi Gabriela! This is Kelly from AuPair Bridge. The Miller family in Denver would like a second interview with you 🙂"),
    (1, "hi kelly!! que ótimo, yes of course"),
    (0, "Great. Just a reminder of the program terms: J-1 visa sponsored by us, round-trip flight paid by the program, weekly stipend, and $500 toward classes."),
    (1, "the flight i need to pay back after?"),
    (0, "No, never. You don't owe anything to the family or to us. If anyone ever asks you to repay travel costs, please report it."),
    (1, "ok perfeito. and my passport, host family keep it?"),
    (0, "No, your passport stays with you at all times. Families are not allowed to hold documents."),
    (1, "good, minha mãe ficou preocupada com isso kkkk"),
    (0, "Totally understandable! Your mom is welcome to join the interview. It's Thursday 7pm Brasília time."),
    (1, "she will love that. see you thursday!"),
])

# en8 - Dutch-English adult long-distance couple (long, negative)
add("en8", 0, ["romance", "photo_request", "money_gifts_debt", "travel_meet", "meeting"],
    "en", ["Sem", "Olivia"], "2026-03-01T12:05:00Z", [
    (0, "goeiemorgen schatje ☀️ did u sleep ok?"),
    (1, "morning babe! not really, my neighbours had a party til 2"),
    (0, "ugh. hier regent het weer, typisch nederland 🌧️"),
    (1, "lol say something else in dutch, i like it"),
    (0, "ik mis je"),
    (1, "i know that one!! i miss u too"),
    (0, "how was the interview btw?"),
    (1, "good i think! they said they'll call next week"),
    (0, "je gaat het krijgen, zeker weten"),
    (1, "🥹 thank u"),
    (0, "send me a pic of your new haircut, you talked about it all week"),
    (1, "[photo]"),
    (0, "wauw, staat je super goed. very toronto chic"),
    (1, "hahaha whatever that means"),
    (1, "ok so i looked at flights for april... 940 dollars 😭", 10 * H),
    (0, "pff. how much do you have saved?"),
    (1, "like 600. rent was brutal this month"),
    (0, "i'll lend you the rest, pay me back whenever, geen stress"),
    (1, "are u sure? i dont want to be the broke girlfriend lol"),
    (0, "you're not. i'd rather lend you money than wait until the summer to see you"),
    (1, "ok deal. i'll pay you back in may when my tax refund comes"),
    (0, "deal. book it before prices go up"),
    (1, "booking now!! landing schiphol april 11, 8:15am"),
    (0, "ik sta er met bloemen 💐"),
    (1, "i understood that 😍"),
])

# en9 - German-English, two 13-year-old gamers (medium, negative)
add("en9", 0, ["age_probe", "secrecy", "money_gifts_debt", "meeting"],
    "en", ["xXLukasXx", "ben_yt"], "2026-04-04T16:35:00Z", [
    (0, "bro that was so lost 💀 you fell off the map twice"),
    (1, "lag digga, my wifi is trash"),
    (0, "sure sure. how old r u anyway? u sound like 10 lol"),
    (1, "bro ich bin 13 😤 same as you"),
    (0, "lmao ok chill"),
    (1, "yo did u buy the battle pass?"),
    (0, "ja with the 10€ from my oma's birthday money. dont tell my mom pls she said save it 😂"),
    (1, "lol ur mom is gonna find out when she sees the bank thing"),
    (0, "it was a paysafecard, she wont see hehe"),
    (1, "bruh. ok tomorrow after school again?"),
    (0, "ja 3 uhr, but i have piano until 2:30"),
])

# en10 - French-English (Montreal), guitar teacher, parent and 13-year-old in one group (long, negative)
G = "Cours de guitare - Chloé"
add("en10", 0, ["compliments_trust", "meeting", "photo_request", "money_gifts_debt"],
    "en", [G], "2026-03-24T22:15:00Z", [
    ("M. Dubois (guitare)", "Bonjour Nathalie et Chloé! Quick recap de la leçon d'aujourd'hui: Chloé a bien progressé sur les barrés 👏"),
    ("Nathalie (maman)", "Merci beaucoup! She practiced a lot this week"),
    ("Chloé", "my fingers hurt sooo much lol"),
    ("M. Dubois (guitare)", "C'est normal, ça forme la corne. 15 minutes per day max, pas plus, okay?"),
    ("Chloé", "ok"),
    ("Nathalie (maman)", "For next week, can we move the lesson to Wednesday? Elle a un match de volley jeudi."),
    ("M. Dubois (guitare)", "Wednesday 5pm at the studio works. I'll update the calendar."),
    ("Nathalie (maman)", "Parfait, I'll drop her off as usual"),
    ("M. Dubois (guitare)", "Chloé, for homework: the intro of the song you chose, slowly, avec le métronome à 70."),
    ("Chloé", "can i send u a video of me playing so u can check?"),
    ("M. Dubois (guitare)", "Sure, post it here in the group so your mom sees it too 🙂"),
    ("Chloé", "[video]", 2 * D),
    ("M. Dubois (guitare)", "Très bien Chloé! Rhythm is good, watch the transition to F. You should be proud."),
    ("Chloé", "yesss 😁"),
    ("Nathalie (maman)", "She was so happy reading that. Merci!"),
    ("M. Dubois (guitare)", "Also: the spring recital is May 18 at the community center. Chloé could play a solo piece if she wants."),
    ("Chloé", "omg im scared but ok"),
    ("Nathalie (maman)", "We'll be there, toute la famille. Do we pay something for the recital?"),
    ("M. Dubois (guitare)", "Non, c'est gratuit. Just a 10$ contribution per family for the room rental, totally optional."),
    ("Nathalie (maman)", "No problem. And the invoice for March?"),
    ("M. Dubois (guitare)", "I'll email it tonight, same as usual, 4 lessons x 40$."),
    ("Nathalie (maman)", "Merci!"),
    ("M. Dubois (guitare)", "Bonne soirée à vous deux. Chloé, 15 minutes par jour, pas plus 😉"),
    ("Chloé", "haha promis"),
])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "probe67.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for it in ITEMS:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(ITEMS), path))


if __name__ == "__main__":
    main()
