#!/usr/bin/env python3
"""Deterministic generator for blind probe set p64 (multilingual: es, pt, fr, de, nl).
Writes probe64.jsonl next to this script. Standard library only, no randomness."""
import json
import os
from datetime import datetime, timedelta

NN = "64"
H = 3600
D = 86400
# fixed cycle of gaps (seconds) between consecutive messages
GAPS = [41, 95, 23, 180, 67, 12, 305, 58, 140, 33, 76, 220, 18, 88, 47, 131, 29, 64]

# internal index -> published k (interleaves labels so ids do not leak them)
PERM = {1: 3, 2: 8, 3: 1, 4: 10, 5: 5, 6: 12, 7: 7, 8: 2, 9: 9, 10: 4, 11: 11, 12: 6}

ITEMS = []


def add(lang, idx, label, codes, start, people, lines, recip=None):
    """lines: (sender_index, text) or (sender_index, text, extra_gap_seconds).
    recip: fixed recipient (group name / 'public'); otherwise the other person."""
    t = datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ")
    msgs = []
    for i, ln in enumerate(lines):
        s, text = ln[0], ln[1]
        extra = ln[2] if len(ln) > 2 else 0
        if i > 0:
            t += timedelta(seconds=GAPS[i % len(GAPS)] + extra)
        sender = people[s]
        if recip is not None:
            rc = recip
        else:
            rc = people[1 - s]
        msgs.append({"sender": sender, "recipient": rc,
                     "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
    ITEMS.append({"id": "p%s-%s%d" % (NN, lang, PERM[idx]), "label": label,
                  "codes": list(codes), "lang": lang, "messages": msgs})

# ============================== SPANISH ==============================
# es1 (+, post) fake hostess job abroad, Colombia
add("es", 1, 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "off_platform"],
    "2026-01-14T13:05:11Z", ["oportunidades_laborales_ya"], [
    (0, "🌟 SE BUSCAN CHICAS 🌟 de 18 a 25 años para trabajar como anfitrionas en restaurante de lujo en España 🇪🇸. Sueldo 2.500€ + propinas, alojamiento incluido. NO se necesita experiencia ni papeles, nosotros nos encargamos de todo 🛫 el pasaje lo adelantamos y luego se descuenta poquito a poquito del sueldo. Requisito: buena presencia. Mandar 2 fotos (una de cuerpo entero) y edad al interno o al wasap 555-0147. Cupos limitados!! 💃"),
], recip="Empleos Medellín y alrededores")

# es2 (+) Free Fire grooming, Mexico, 12yo girl
add("es", 2, 1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy", "exclusivity", "off_platform", "risk_assessment", "photo_request"],
    "2026-02-03T22:14:40Z", ["xXdarkwolf_77Xx", "valee.ff12"], [
    (0, "q onda, juegas bien eh 🔥 vi tu partida en clasificatoria"),
    (1, "jajaja grax, todavía me falta mucho"),
    (0, "nel, neta eres buena. cuántos años tienes? pa saber si te meto al clan"),
    (1, "12 y tú"),
    (0, "17 jaja pero no importa, pareces más madura q las de mi edad la neta"),
    (1, "jajaja ok"),
    (0, "oye si quieres te paso diamantes pa la skin nueva, no me cuesta nada"),
    (1, "enserio??? 😱"),
    (0, "sí pero no le digas a nadie del clan pq luego todos me van a pedir jaja. es entre tú y yo"),
    (1, "va 🤐"),
    (0, "pásame tu whats pa mandarte el código, aquí en el juego se pierden los msjs"),
    (1, "no tengo whats es el cel de mi mamá"),
    (0, "ahh ok y tu mamá ve tus mensajes? jaja. bueno crea un insta y me agregas, ahí te mando todo"),
    (0, "y mándame una foto tuya pa ver quién es mi nueva mejor amiga 😊 solo pa mí eh"),
    (1, "mmm ok al rato"),
])

# es3 (+) sextortion, Spain, 15yo boy
add("es", 3, 1, ["sextortion", "money_gifts_debt", "control", "secrecy"],
    "2025-11-19T17:32:02Z", ["laura_sk8_01", "pablo.gm07"], [
    (0, "hola pablo 😘 al final no me contestaste anoche"),
    (1, "ya tía es q me quedé frito jaja"),
    (0, "bueno mira, te voy a ser clara. tengo guardado todo lo q me mandaste ayer y la videollamada grabada"),
    (1, "q?? q dices"),
    (0, "tengo la lista de tus seguidores, tu insti, tu madre sale en tus etiquetados. si no quieres q lo vean todos me haces un bizum de 200€ hoy"),
    (1, "tía no tengo 200 euros tengo 15 años wtf"),
    (1, "borra eso porfa"),
    (0, "me da igual. pide a tus padres o sácalo de donde sea. tienes hasta las 22h"),
    (0, "si le dices a alguien lo subo al grupo de tu clase, sé cuál es 🙂"),
    (1, "te puedo dar 40 q es lo q tengo"),
    (0, "vale 40 ahora y el resto el viernes. al 555-0163. y no me bloquees q tengo otras cuentas"),
])

# es4 (+) pimp control, Colombian woman in Spain
add("es", 4, 1, ["control", "money_gifts_debt", "commercial_sex", "isolation"],
    "2026-03-07T20:48:19Z", ["Jhon K", "Yuli"], [
    (0, "mor cuánto llevas hoy"),
    (1, "120 nada más, no ha venido casi nadie"),
    (0, "120??? así no vamos a salir nunca de la deuda mami. son 4.800 todavía, el pasaje, el piso, la comida"),
    (1, "ya sé pero qué hago si no hay gente"),
    (0, "te mando a la de la calle 8 esta noche, allá sí hay clientes. el Rafa te recoge a las 11"),
    (1, "Jhon yo estoy cansada, y quiero hablar con mi mamá. me puede devolver el pasaporte pa mandar la plata por giro?"),
    (0, "el pasaporte está guardado, tranquila, conmigo está más seguro. la plata a tu mamá se la mando yo como siempre"),
    (1, "ok"),
    (0, "y no quiero q andes hablando con las venezolanas del otro piso, esas se inventan cosas. tú a lo tuyo"),
    (0, "mándame ubicación cuando llegues"),
    (1, "bueno"),
])

# es5 (+, long) Venezuela -> Madrid romance + fake bar job
add("es", 5, 1, ["romance", "compliments_trust", "job_offer", "travel_meet", "money_gifts_debt", "secrecy", "isolation", "photo_request", "control", "commercial_sex", "vulnerability"],
    "2025-10-02T12:10:00Z", ["Andrés 🦁", "Dani ❤️"], [
    (0, "buenos días mi reina, ya comiste?"),
    (1, "holaa amor, sí arepita con queso jaja y tú?"),
    (0, "aquí en Madrid café y pa la chamba. te extraño burda"),
    (1, "yo más 🥺 cuándo vienes"),
    (0, "estoy viendo eso chama, pero mejor vente tú. aquí hay trabajo y estamos juntos de una vez"),
    (1, "y de qué voy a trabajar si no tengo papeles. aquí ni con el título consigo nada"),
    (0, "mi primo tiene un bar en Alcalá, necesita muchachas pa atender, pagan bien, 1.500 al mes más propinas"),
    (1, "en serio?? mi mamá me va a matar jajaja"),
    (0, "tu mamá no tiene que saber todo de una vez, le dices que es un trabajo de mesonera y ya, que es verdad"),
    (1, "y el pasaje? está carísimo"),
    (0, "yo te lo pago mi amor, después me vas devolviendo de a poquito cuando cobres. pa eso estamos"),
    (1, "ay andrés eres lo máximo 😭"),
    (1, "amor mi amiga Kari dice que tenga cuidado, que eso de los trabajos en España a veces es raro", D + 2 * H),
    (0, "Kari está celosa chama, siempre ha querido lo que tú tienes. no le cuentes más nada, esto es nuestro"),
    (1, "ok tienes razón"),
    (0, "mándame foto del pasaporte pa sacar el boleto. y una foto tuya bien bonita pa mandársela a mi primo, pa que vea que eres presentable"),
    (1, "ya te mandé las dos"),
    (0, "perfecta 😍 mi primo dice que le gustaste mucho"),
    (1, "llegué amor!!! estoy en barajas", 12 * D),
    (0, "bienvenida mi reina, te recoge Chucho en la salida 4. dale tu pasaporte que él lo guarda pa los trámites"),
    (1, "ok pero y tú??"),
    (0, "estoy trabajando, esta noche te veo en el bar"),
    (1, "andrés esto no es un bar normal, me dijeron que tengo que sentarme con los señores y subir con ellos", 9 * H),
    (0, "relájate, es solo acompañar un rato, todas lo hacen. así pagas rápido los 3.000 del pasaje y el cuarto"),
    (1, "3000?? me dijiste que era de a poquito"),
    (0, "y es de a poquito, no me hagas quedar mal con mi primo. si me quieres lo haces"),
    (1, "quiero hablar con mi mamá"),
    (0, "después. ahorita no llames a nadie, que te van a llenar la cabeza"),
    (0, "y el teléfono me lo das esta noche, yo te lo cuido"),
])

# es6 (+, long) Minecraft/Discord, Spain, 13yo boy
add("es", 6, 1, ["age_probe", "compliments_trust", "risk_assessment", "secrecy", "money_gifts_debt", "off_platform", "exclusivity", "meeting", "photo_request"],
    "2026-01-22T18:40:58Z", ["Kr4ken_mod", "hugo_2012"], [
    (0, "buenas hugo, te vi en el server ayer construyendo el castillo, mola mucho"),
    (1, "graciass me costó 3 días xd"),
    (0, "se nota. oye soy mod del server, si quieres te doy rango builder"),
    (1, "siii porfa"),
    (0, "hecho. cuántos años tienes? es q para builder se pide mínimo 14 pero contigo hago excepción"),
    (1, "13, en marzo 14"),
    (0, "casi jaja. eres más maduro q muchos de 18 q hay por aquí"),
    (1, "jajaja gracias"),
    (0, "tus padres te dejan jugar hasta tarde? te veo conectado a la 1"),
    (1, "no saben xd se creen q duermo"),
    (0, "jaja normal, los míos igual. tranqui q yo no digo nada"),
    (1, "vale jajaja"),
    (0, "te he comprado el pase de temporada del otro juego q dijiste, mira tu correo", D),
    (1, "QUEE gracias tío en serio"),
    (0, "de nada bro, para eso están los amigos. pero no se lo digas a los demás del server q luego me piden todos"),
    (1, "no no tranqui"),
    (0, "oye y tienes móvil propio? mejor hablamos por telegram, el discord lo leen los admins"),
    (1, "sí tengo, 555-0124"),
    (0, "te escribo ahí. borra esta conversación porfa, cosas de mods"),
    (0, "hugo el sábado voy a estar en el centro comercial de tu zona, quedamos y te invito a algo? te llevo el teclado q te dije", 2 * D),
    (1, "no sé si me dejan"),
    (0, "no hace falta q digas q es conmigo, di q vas con un amigo de clase. será guay conocerte en persona"),
    (1, "vale a lo mejor"),
    (0, "y mándame una foto tuya para reconocerte jaja"),
])

# es7 (-, post) NGO warning about fake jobs abroad
add("es", 7, 0, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "secrecy"],
    "2026-02-18T15:00:00Z", ["Fundación Camino Seguro"], [
    (0, "⚠️ ALERTA: ¿Te ofrecieron trabajo de modelo, anfitriona o niñera en el exterior con pasaje pagado y 'sin requisitos'? Desconfía si te piden fotos de cuerpo entero, si te dicen que no le cuentes a tu familia o si el pasaje 'se descuenta después'. Así empiezan muchas redes de trata. Antes de viajar, consulta gratis con nosotros: 555-0188 o www.example.com/trata. Comparte, puede salvar a alguien 💜"),
], recip="public")

# es8 (-, short) mom and 12yo daughter, surprise + outfit photo
add("es", 8, 0, ["secrecy", "photo_request"],
    "2026-03-01T16:22:10Z", ["Mamá", "Sofi"], [
    (0, "Sofi no le digas nada a tu papá del pastel del domingo eh, es sorpresa 🤫 y mándame foto del vestido que te probaste pa ver si te lo compro"),
    (1, "siii ma no le digo 😂 ahorita te mando la foto, el azul me quedó bien bonito"),
    (0, "ok mija, y no te tardes en la casa de Fer, a las 7 paso por ti"),
])

# es9 (-) genuine au pair agency, Mexico -> Valencia
add("es", 9, 0, ["job_offer", "travel_meet", "photo_request"],
    "2025-12-09T10:31:45Z", ["Agencia AupairNexo – Marta", "Regina Torres"], [
    (0, "Hola Regina, soy Marta de la agencia. Recibimos tu solicitud para au pair en Valencia. ¿Te viene bien una videollamada el jueves a las 17h (hora de México) con la familia Ferrer?"),
    (1, "Hola Marta! Sí perfecto. Una duda, ¿puede estar mi mamá en la llamada?"),
    (0, "Por supuesto, de hecho lo recomendamos. Te recuerdo que la agencia no cobra nada a la au pair: ni inscripción ni pasaje 'adelantado'. El visado de estudiante lo tramitas tú en el consulado con la carta de la escuela de idiomas."),
    (1, "Ok, es que una chica del face me ofreció algo parecido pero me pedía fotos de cuerpo entero y 300 dólares 😅"),
    (0, "Eso no es normal, no envíes nada. Nosotros solo pedimos una foto tipo carnet para el perfil, tu CV y el certificado de antecedentes. Te paso el contrato modelo para que lo lea tu familia: www.example.com/contrato-aupair"),
    (1, "Muchas gracias, ya lo leímos. ¿Cuántas horas serían?"),
    (0, "Máximo 30 h semanales cuidando a Pau y Nora (6 y 9 años), habitación propia, 300 € de dinero de bolsillo y el curso de español pagado. Tú conservas siempre tu pasaporte, obviamente."),
    (1, "Genial, nos vemos el jueves entonces 🙌"),
    (0, "¡Hasta el jueves! Cualquier cosa me escribes por aquí o al 555-0171."),
])

# es10 (-) teen gamers, Mexico
add("es", 10, 0, ["age_probe", "off_platform", "secrecy"],
    "2026-02-25T23:02:33Z", ["toñito_ff", "el_bryan13"], [
    (0, "wey q pedo con la partida de ayer, nos mataron bien feo jajaja"),
    (1, "nmms el de la escopeta estaba bien rifado"),
    (0, "jaja oye cuántos años tienes? es que el beto dice q eres de 2do de secu"),
    (1, "13 wey, voy en 2do, y tú?"),
    (0, "14, en tercero. va pásame tu whats pa armar la escuadra con el beto"),
    (1, "555-0109 pero no me mandes audios en la noche q mi jefa me quita el cel jajaja"),
    (0, "jajaj va. no le digas a tu jefa q jugamos hasta las 12 o nos castigan a los dos"),
    (1, "ni de loco jaja. mañana a las 6?"),
    (0, "simón, a las 6 con el beto. lleva el pase élite si te lo compran"),
    (1, "ya le dije a mi jefa q me lo regale de cumple 😎"),
])

# es11 (-) adult couple, Argentina
add("es", 11, 0, ["romance", "travel_meet", "money_gifts_debt", "photo_request", "compliments_trust"],
    "2026-01-08T19:15:27Z", ["Lucas", "Cami"], [
    (0, "che amor, cómo te fue en la entrevista?"),
    (1, "bieeen creo, me dijeron que me llaman el lunes 🤞"),
    (0, "vas a quedar, sos una genia. te extraño mucho posta"),
    (1, "yo también 🥺 falta re poco para el finde"),
    (0, "te saqué el pasaje de bondi para el viernes a las 18, te lo mandé al mail"),
    (1, "noo lucas te dije que lo pagaba yo!! te lo transfiero"),
    (0, "ni se te ocurra, me lo devolvés con un asado jaja"),
    (1, "jajaja trato hecho"),
    (0, "mandame una foto tuya que te quiero ver, hace dos semanas que sólo te veo pixelada por videollamada"),
    (1, "ahí va, recién salida de la peluquería 💇‍♀️"),
    (0, "qué linda que sos. se la muestro a mi vieja que me pregunta siempre por vos"),
])

# es12 (-, long) cousin warns about fake offer, offers real job + loan
add("es", 12, 0, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "secrecy"],
    "2025-09-14T21:05:03Z", ["Prima Yenny", "Carolina"], [
    (0, "Caro! Qué más pues, cómo va todo por Pereira?"),
    (1, "Hola primiii, todo bien gracias a Dios. Oye te quería preguntar algo"),
    (0, "dime mor"),
    (1, "me salió por Facebook una oferta de trabajo en España de limpieza en hoteles, pagan el pasaje y todo, y me dicen que no necesito papeles. Tú qué crees?"),
    (0, "uy no, eso huele feo. Quién te escribió?"),
    (1, "una señora, me pidió foto y que no le cuente a nadie hasta que esté allá pa no 'salar' la cosa"),
    (0, "Caro eso es exactamente como enganchan a las muchachas. No le mandes nada más y bloquéala. Hazme caso"),
    (1, "ay juemadre 😟 yo ya le había mandado una foto"),
    (0, "tranquila, solo no le respondas más. Y si quieres lo denuncias, yo te paso el número de la línea contra la trata"),
    (1, "ok ya la bloqueé"),
    (0, "mira, en el hotel donde yo trabajo están buscando gente pa la temporada de verano, camareras de piso. Es con contrato, seguridad social, todo legal"),
    (1, "en serio?? pero los papeles?"),
    (0, "la empresa hace contratación en origen, o sea te hacen la oferta desde acá y tú sacas el visado de trabajo en el consulado. Tarda, pero es lo correcto"),
    (1, "y cuánto pagan?"),
    (0, "1.350 netos más o menos, 40 horas. Yo te ayudo a poner el CV como lo piden acá"),
    (1, "y el pasaje? yo no tengo esa plata prima"),
    (0, "yo te presto, me lo vas devolviendo cuando puedas, sin afán. Eres mi prima, no un negocio jaja"),
    (1, "ay Yenny te amo 😭"),
    (0, "y te quedas en mi casa los primeros meses, el cuarto de Samu está libre"),
    (1, "le voy a contar a mi mamá ya mismo"),
    (0, "sí cuéntale, que me llame si tiene dudas. Y tu pasaporte lo tienes tú siempre, nadie te lo tiene que guardar, ni yo"),
    (1, "jajaja ok. Te mando el CV esta noche"),
    (0, "dale mor. Y pásale el aviso de la señora esa a tus amigas pa que no caigan"),
])

# ============================== PORTUGUESE ==============================
# pt1 (+, short) Instagram DM to 14yo, Brazil
add("pt", 1, 1, ["age_probe", "compliments_trust", "off_platform", "secrecy", "exclusivity"],
    "2026-02-11T21:47:19Z", ["rafa.mc_021", "bia.souza.09"], [
    (0, "oii gata, td bem? vi teus stories da festa junina kkk vc tem quantos anos?"),
    (1, "oii tudo e vc? tenho 14 pq"),
    (0, "sério?? jurava q tinha uns 17, vc é mt madura e linda demais. me chama no zap q aqui meu irmão fica olhando, mas não comenta c ninguém tá? é coisa nossa 555-0151 😉"),
])

# pt2 (+, post) fake nanny / caregiver jobs in Europe
add("pt", 2, 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "off_platform"],
    "2025-12-02T11:20:00Z", ["Agência Sonho Europeu"], [
    (0, "URGENTE!!! 🇵🇹🇪🇸 Vagas para BABÁ e ACOMPANHANTE DE IDOSOS em Portugal e Espanha. Moças de 18 a 30 anos, solteiras, sem filhos de preferência. Salário de 1.800 euros + moradia. Não precisa falar a língua nem ter passaporte europeu! A passagem a gente adianta e vc paga depois com o trabalho. Mande no privado: nome, idade, altura e 3 fotos atuais (uma de corpo inteiro). Vagas acabando!!! 💕"),
], recip="Vagas Goiânia e Região")

# pt3 (+) sextortion, Brazil, 15yo boy
add("pt", 3, 1, ["sextortion", "money_gifts_debt", "control", "secrecy"],
    "2026-03-04T17:05:44Z", ["juh.martins_", "pedrinho.snk"], [
    (0, "oi sumido 😏"),
    (1, "oi kkk foi mal tava na escola"),
    (0, "então, vou ser direta. lembra das fotos q vc me mandou ontem? salvei todas. e tenho print do teu perfil, da tua escola e da tua mãe"),
    (1, "q isso?? apaga isso"),
    (0, "apago se vc mandar 500 no pix até as 20h. se não, vai pro grupo da tua sala e pra tua mãe"),
    (1, "mano eu tenho 15 anos onde vou arrumar 500"),
    (0, "se vira. pega do cartão da tua mãe, sei lá"),
    (1, "por favor não faz isso"),
    (0, "faltam 3 horas. se me bloquear eu mando na hora. chave pix: 555-0166"),
    (1, "só tenho 80"),
    (0, "manda os 80 agora e o resto amanhã. e nem pensa em contar pra ninguém"),
])

# pt4 (+) pimp control, Brazilian woman in Portugal
add("pt", 4, 1, ["control", "money_gifts_debt", "commercial_sex", "romance", "isolation"],
    "2026-01-27T02:12:08Z", ["Márcio", "Kel"], [
    (0, "kel quanto fizeste hj"),
    (1, "300, mas um não pagou tudo"),
    (0, "como não pagou? tu tá de brincadeira comigo. amanhã tu fica até as 4"),
    (1, "amor tô com febre, deixa eu descansar amanhã"),
    (0, "febre passa. tu ainda me deve 3 mil da passagem e do quarto, esqueceu?"),
    (1, "não esqueci"),
    (0, "então. e passa o celular pra Dani quando chegar, quero ver com quem tu anda falando"),
    (1, "eu não falo com ninguém Márcio"),
    (0, "melhor assim. teu documento tá comigo e fica comigo. te amo, é pro nosso futuro, não esquece"),
    (1, "tá bom"),
])

# pt5 (+) Roblox grooming, Brazil, 11yo girl
add("pt", 5, 1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy", "risk_assessment", "photo_request", "exclusivity"],
    "2026-02-20T20:31:12Z", ["Lucas_RBX", "Maah_fofinha"], [
    (0, "oi maah, adorei tua casa no brookhaven kkkk"),
    (1, "obgd 😊 eu fiz sozinha"),
    (0, "q talento. vc tem quantos anos? parece ser mais velha pelo jeito q vc escreve"),
    (1, "11, faço 12 em agosto"),
    (0, "nossa, madurinha. quer 800 robux? eu tenho sobrando"),
    (1, "SERIOOO quero simmmm"),
    (0, "dou sim, mas é segredinho nosso, tá? seus pais olham seu celular?"),
    (1, "minha mãe às vezes, meu pai nem"),
    (0, "então apaga nossas msgs depois, pra tua mãe não achar q é estranho. ela não entende amizade de jogo"),
    (1, "tá"),
    (0, "manda uma foto sua pra eu saber com quem tô falando, só pra mim, não mostra pra ninguém 🙈"),
    (1, "pera q vou ver"),
])

# pt6 (+, long) Portugal, romance -> isolation -> debt -> "companhia"
add("pt", 6, 1, ["romance", "vulnerability", "compliments_trust", "isolation", "exclusivity", "money_gifts_debt", "control", "commercial_sex", "secrecy"],
    "2025-11-03T08:45:30Z", ["Diogo", "Inês"], [
    (0, "bom dia princesa ❤️ dormiste bem?"),
    (1, "bom diaaa, mais ou menos, a minha mãe voltou a gritar comigo ontem"),
    (0, "outra vez? tu não mereces isso. sabes que comigo tens sempre casa"),
    (1, "eu sei 🥺 és o único que me percebe"),
    (0, "vem viver cá pra casa de vez. não precisas de aturar ninguém"),
    (1, "a sério?? e a faculdade?"),
    (0, "depois vês isso, primeiro estares bem. eu trato de tudo"),
    (1, "a Rita perguntou se vou ao jantar de anos dela sábado", 3 * D),
    (0, "essa Rita só te mete coisas na cabeça. sábado é nosso, amor. diz que estás doente"),
    (1, "ok... é que ela é minha melhor amiga desde o 5º ano"),
    (0, "melhor amigo sou eu. ou não?"),
    (1, "és tu claro ❤️"),
    (0, "amor estou tramado. devo 2500 a uns tipos, do carro. se não pago até sexta ficam com ele e pior", 9 * D),
    (1, "o quê?? como é que te posso ajudar"),
    (0, "tu já me ajudas muito. mas há uma forma rápida. um amigo meu, o Tó, paga bem por companhia. é só jantares, conversa, umas noites"),
    (1, "companhia?? Diogo não percebo"),
    (0, "não é nada de mal, muitas miúdas fazem. só até pagar isto. fazes isto por nós"),
    (1, "tenho medo"),
    (0, "eu vou estar sempre por perto. ninguém precisa de saber, nem a tua mãe nem a Rita"),
    (1, "e se eu disser que não?"),
    (0, "então é porque não gostas de mim como dizes. depois de tudo o que fiz por ti, as roupas, o telemóvel, a casa"),
    (1, "não é isso 😢"),
    (0, "então hoje às 22h o Tó passa a buscar-te. põe o vestido preto que te dei. e deixa-me a localização ligada"),
    (1, "ok"),
])

# pt7 (-, post) news about dismantled trafficking ring
add("pt", 7, 0, ["job_offer", "travel_meet", "money_gifts_debt", "control"],
    "2026-01-16T09:30:00Z", ["Notícias do Minho 24h"], [
    (0, "Polícia desmantela rede que aliciava jovens brasileiras com falsas ofertas de emprego em restaurantes e como babás. Segundo a investigação, as vítimas tinham a viagem paga, mas ao chegar ficavam com uma 'dívida' de milhares de euros e sem o passaporte. Quatro suspeitos foram detidos. As autoridades lembram: nenhuma empresa séria fica com os documentos do trabalhador. Denúncias anónimas: 555-0190."),
], recip="public")

# pt8 (-) mother and 13yo about Roblox friend
add("pt", 8, 0, ["age_probe", "off_platform", "photo_request", "secrecy"],
    "2026-02-06T19:55:21Z", ["Mãe", "Clara"], [
    (0, "filha, quem é esse 'Gui_gamer' que aparece no seu roblox?"),
    (1, "um menino da minha sala mãe, o Guilherme, filho da tia Sandra"),
    (0, "ah tá. quantos anos ele tem?"),
    (1, "13 tbm ué, a gente tá no mesmo ano kkkk"),
    (0, "ok. só lembra do combinado: não passa teu zap pra quem vc não conhece de verdade, e se alguém pedir foto ou pedir segredo vc me mostra"),
    (1, "eu seiii mãe, vc já falou mil vezes 🙄"),
    (0, "e vou falar mais mil kkk. te amo. o jantar tá pronto, desliga o jogo"),
    (1, "5 min!!! tô terminando a casa"),
    (0, "4 min então 😂"),
])

# pt9 (-) genuine model agency with mother of 15yo
add("pt", 9, 0, ["job_offer", "photo_request", "travel_meet", "meeting"],
    "2025-10-21T14:02:37Z", ["Agência Vértice Models – Carol", "Sandra (mãe da Júlia)"], [
    (0, "Olá Sandra, tudo bem? Aqui é a Carol, booker da Vértice. Vimos a Júlia no evento de seleção no shopping domingo e gostaríamos de chamá-la para um teste."),
    (1, "Oi Carol! Ela ficou super feliz. Mas antes quero entender como funciona, vi muita história de golpe"),
    (0, "Super justo! Pontos importantes: não cobramos nada da família (nem book, nem curso). Como ela tem 15 anos, a mãe ou responsável acompanha em todos os trabalhos, sem exceção."),
    (1, "E vcs pedem foto? Uma 'agência' mandou msg pra ela no insta pedindo foto de biquíni e eu bloqueei na hora"),
    (0, "Fez muito bem. A gente só faz polaroids simples aqui na agência, de calça jeans e camiseta branca, sem maquiagem, com você na sala."),
    (1, "Ah que alívio. E trabalho fora do Brasil?"),
    (0, "Só depois dos 16, com autorização judicial e contrato revisado pelos pais. Por enquanto são trabalhos em SP, fora do horário de aula."),
    (1, "Perfeito. Podemos ir quinta às 16h?"),
    (0, "Quinta 16h confirmado. Endereço e contrato modelo: www.example.com/vertice. Tragam o RG dela e o seu 😊"),
    (1, "Combinado, obrigada Carol!"),
])

# pt10 (-) adult couple Lisboa/Porto
add("pt", 10, 0, ["romance", "photo_request", "travel_meet", "secrecy", "compliments_trust"],
    "2026-03-05T12:40:09Z", ["Tiago", "Marta"], [
    (0, "tenho saudades tuas, pá. esta semana custou bué"),
    (1, "eu também 😩 o projeto está a dar cabo de mim"),
    (0, "manda lá uma foto tua para eu ter o dia melhor"),
    (1, "toma, versão olheiras no escritório 😂"),
    (0, "continuas linda na mesma. olha, sexta vou aí ao Porto, já comprei o bilhete do alfa"),
    (1, "a sério?? não contes à minha mãe que vens, quero fazer-lhe surpresa ao jantar de domingo"),
    (0, "boca fechada 🤐 levo pastéis de nata para ela ficar do meu lado"),
    (1, "ela já está do teu lado desde o primeiro dia, és tu que não vês ahah"),
    (0, "ahah. até sexta, amor ❤️"),
])

# pt11 (-, long) helpline chat with a 15yo being sextorted
add("pt", 11, 0, ["sextortion", "photo_request", "age_probe", "money_gifts_debt", "secrecy"],
    "2026-02-27T16:18:50Z", ["Canal Escuta Segura – Ana", "anônimo_1294"], [
    (1, "oi isso aqui é anônimo msm?"),
    (0, "Oi! Sim, aqui é o Canal Escuta Segura, você não precisa dizer seu nome. Eu sou a Ana. Como posso te ajudar?"),
    (1, "é q eu fiz uma besteira"),
    (0, "Tudo bem, a gente tá aqui pra ouvir sem julgamento. Me conta no seu tempo."),
    (1, "conheci uma menina no insta, ela pediu umas fotos e eu mandei. agr o perfil mudou e tá pedindo dinheiro senão manda pra todo mundo"),
    (0, "Obrigada por confiar em mim. Primeiro: a culpa não é sua. Isso que estão fazendo com você tem nome, é extorsão, e é crime."),
    (1, "mas eu q mandei"),
    (0, "Mesmo assim. Quem ameaça e pede dinheiro é quem está cometendo o crime. Você pode me dizer quantos anos você tem? Pergunto só pra te orientar melhor."),
    (1, "15"),
    (0, "Certo. Você já pagou alguma coisa?"),
    (1, "não ainda. ele quer 300 no pix até hj de noite"),
    (0, "Nossa orientação é: não pague. Quando a pessoa recebe, normalmente pede mais. Não apague a conversa ainda, tira print de tudo: o perfil, as mensagens, a chave pix."),
    (1, "ok to tirando"),
    (0, "Depois de salvar, bloqueia e denuncia o perfil na plataforma. Tem uma ferramenta que ajuda a tirar imagens de menores da internet, te mando o link: www.example.com/remover"),
    (1, "e se ele mandar pros meus amigos antes?"),
    (0, "Pode acontecer de ele tentar, mas muitas vezes eles desistem quando não recebem resposta. E se mandar, quem vai ter problema é ele. Tem algum adulto de confiança com quem você possa conversar? Mãe, pai, tio, professor?"),
    (1, "minha tia talvez. minha mãe vai me matar"),
    (0, "Entendo o medo. Se quiser, a gente pensa junto em como falar com sua tia. Muitos pais ficam assustados no começo, mas depois ajudam muito. Vocês também podem registrar boletim de ocorrência."),
    (1, "vou falar com ela hj"),
    (0, "Isso é muito corajoso. E lembra: você não está sozinho, isso acontece com muitos meninos da sua idade."),
    (1, "valeu ana sério"),
    (0, "Pode voltar aqui a qualquer hora, 24h. Se preferir ligar: 555-0100. Cuida de você 💙"),
])

# pt12 (-, long) friends group, legit seasonal job in Switzerland + loan
add("pt", 12, 0, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "secrecy"],
    "2025-10-11T18:03:14Z", ["Joana", "Bea", "Leonor"], [
    (0, "meninas!!! consegui o trabalho na Suíça 🇨🇭🇨🇭"),
    (1, "NÃOOO a sério?? no hotel?"),
    (0, "sim! housekeeping num hotel em Zermatt, temporada de inverno, dezembro a abril"),
    (2, "parabéns miúda!! mas olha lá, isso é fixe mesmo? a minha prima quase caiu numa cena dessas"),
    (0, "ya eu verifiquei tudo. foi pela bolsa de emprego da escola de hotelaria, o contrato vem assinado pelo hotel, com salário e seguro"),
    (2, "e pediram-te dinheiro à cabeça?"),
    (0, "zero. só o registo criminal e o passaporte válido. o alojamento é do staff, descontam 600 por mês, está no contrato"),
    (1, "quanto pagam? 👀"),
    (0, "uns 3800 francos brutos. vou ficar rica ahah"),
    (2, "ok isso parece legit. a da minha prima era 'hostess' no Dubai, pediam fotos e que não contasse à família, bué estranho"),
    (1, "credo. isso é como aquela reportagem das redes de tráfico"),
    (0, "pois, por isso fiz perguntas a tudo e a minha professora de estágio falou com o hotel"),
    (1, "orgulho 🥹 e quando vais?"),
    (0, "dia 28 de novembro. só que o voo está caro e o primeiro salário é só no fim de dezembro"),
    (2, "eu empresto-te 200, devolves quando puderes"),
    (1, "eu também dou 100! e quero um chocolate suíço gigante"),
    (0, "vocês são as maiores 😭 devolvo tudo em janeiro prometo"),
    (2, "sem pressa. manda foto do quarto quando chegares"),
    (1, "e da neve!!! e dos colegas giros 😏"),
    (0, "ahahah fotos garantidas. jantar de despedida sábado?"),
    (2, "sábado no tasco do costume 🍷"),
    (1, "combinado!"),
], recip="As Piratas 🏴‍☠️")

# ============================== FRENCH ==============================
# fr1 (+, post) fake domestic work abroad, Côte d'Ivoire
add("fr", 1, 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "off_platform"],
    "2026-01-29T10:12:00Z", ["Opportunité Emploi Extérieur"], [
    (0, "📢 RECRUTEMENT URGENT 📢 On recherche des jeunes filles de 18 à 30 ans pour travail de ménagère / nounou au Liban et à Oman. Salaire 250.000 FCFA par mois, logée nourrie. Billet d'avion et passeport pris en charge par l'agence, remboursement sur salaire après arrivée. Pas besoin de diplôme. Départ rapide!! Contacter Tantie Mariam sur WhatsApp 555-0132 avec photo et âge. Les filles sérieuses seulement 🙏"),
], recip="Annonces Emploi Abidjan 🇨🇮")

# fr2 (+) Fortnite -> Snap, France, 12yo boy
add("fr", 2, 1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy", "risk_assessment", "off_platform", "photo_request"],
    "2026-02-14T21:36:27Z", ["Zyk0_TTV", "nolan.frtn"], [
    (0, "gg pour le top 1 frr t'as géré"),
    (1, "merciii mdr c'était chaud"),
    (0, "t'as quel âge au fait ? tu joues trop bien pour un petit"),
    (1, "12 ans et toi"),
    (0, "16 mdr. t'es grave mature pour 12 ans toi. tu veux que je te passe 2000 v-bucks ? j'ai une carte en trop"),
    (1, "wsh t'es sérieux ??"),
    (0, "ouais t'inquiète. mais dis pas à tes potes sinon tout le monde va me harceler"),
    (1, "ok promis"),
    (0, "tes darons ils regardent ton tel ou pas ?"),
    (1, "ma mère des fois"),
    (0, "ok ajoute moi sur snap alors, c plus discret, les messages partent tout seuls 👻"),
    (1, "jsp j'ai pas le droit à snap"),
    (0, "personne saura tkt. et envoie une photo de toi pour que je te reconnaisse, entre nous hein"),
])

# fr3 (+) Belgian loverboy, 15yo girl
add("fr", 3, 1, ["romance", "age_probe", "money_gifts_debt", "compliments_trust", "isolation", "secrecy", "travel_meet", "risk_assessment"],
    "2025-12-12T22:03:55Z", ["Yanis 🏎️", "Lou 🌸"], [
    (0, "t'es rentrée bien ma belle ?"),
    (1, "oui merci pour le resto 😊 et pour les boucles d'oreilles, t'étais pas obligé"),
    (0, "pour toi c'est normal. t'es pas comme les autres filles de ton âge, t'as quel âge déjà, 15 ?"),
    (1, "15 oui, 16 en juin"),
    (0, "l'âge c'est qu'un chiffre. on se comprend toi et moi, c'est rare"),
    (1, "ouais grave, même ma mère me comprend pas"),
    (0, "ta mère elle veut juste te garder petite. moi je te vois comme une femme"),
    (1, "🥺"),
    (0, "ce week-end je t'emmène à Anvers, chez un pote à moi, y a une soirée. tu dis à ta mère que tu dors chez Inès"),
    (1, "et si elle appelle Inès ?"),
    (0, "t'inquiète, Inès elle couvre, tu lui dis. et prends rien, je te paie tout, c'est moi qui gère"),
    (1, "ok 😅 j'ai hâte"),
    (0, "et supprime nos messages à chaque fois, ta mère fouille ton GSM tu m'as dit"),
])

# fr4 (+) sextortion after video call, France
add("fr", 4, 1, ["sextortion", "money_gifts_debt", "control", "secrecy"],
    "2026-03-02T23:11:06Z", ["Clara Dsn", "Mathis R."], [
    (0, "coucou t'es là ?"),
    (1, "ouais ça va ? c'était cool hier soir la visio 😅"),
    (0, "ouais trop. par contre mtn écoute bien. j'ai enregistré toute la visio"),
    (1, "quoi ??"),
    (0, "j'ai la liste de tes amis fb, ta copine, ta mère, ton boulot. tu paies 500€ en recharges avant minuit ou la vidéo part à tout le monde"),
    (1, "c'est une blague ?"),
    (0, "tu crois ? regarde, voilà une capture de la liste de tes contacts. 500€. tu m'envoies les codes ici"),
    (1, "j'ai pas cette somme, stp supprime"),
    (0, "alors 300 ce soir et 200 demain. si tu bloques j'envoie direct. et si tu parles à la police je poste partout"),
    (1, "ok ok attends je vais au tabac"),
])

# fr5 (+, long) "madam" debt bondage, Paris
add("fr", 5, 1, ["control", "money_gifts_debt", "commercial_sex", "isolation", "secrecy", "vulnerability"],
    "2025-11-25T19:40:12Z", ["Mama Joy", "Blessing"], [
    (0, "Blessing tu es où ? le client attend depuis 20 min"),
    (1, "je suis en route mama, le bus était en retard"),
    (0, "toujours des excuses. tu sais combien tu dois encore ?"),
    (1, "oui mama"),
    (0, "dis le chiffre"),
    (1, "27 000"),
    (0, "27 500. j'ai ajouté la chambre de ce mois. tu payes pas, ta famille au pays paye. tu as juré, n'oublie pas le serment"),
    (1, "je n'ai pas oublié mama please"),
    (0, "bien. ce soir tu restes jusqu'au matin à ta place habituelle. pas de pause"),
    (1, "mama je suis malade depuis 3 jours, je peux aller chez un docteur ?"),
    (0, "pas de docteur. ils vont poser des questions et t'envoyer à la police. tu prends les cachets que Gift a"),
    (1, "ok"),
    (1, "mama une femme d'une association m'a donné une carte aujourd'hui", D),
    (0, "tu jettes ça. ces gens-là veulent te renvoyer au pays les mains vides. tu veux que ta mère ait honte ?"),
    (1, "non"),
    (0, "donne la carte à Gift ce soir. et tu ne parles à personne dans la rue, je vais savoir"),
    (1, "oui mama"),
    (0, "et le téléphone que je t'ai donné, c'est pour moi et les clients. pas pour appeler le pays sans me demander"),
    (1, "je voulais juste parler à ma petite sœur"),
    (0, "quand tu auras payé, tu parleras à qui tu veux. envoie l'argent d'hier à Gift avant 14h"),
    (1, "j'ai fait 180"),
    (0, "180 ?? tu te moques de moi. demain 400 minimum"),
])

# fr6 (+, long) fake waitress job in Dubai via "tantie", Abidjan
add("fr", 6, 1, ["job_offer", "travel_meet", "photo_request", "money_gifts_debt", "secrecy", "isolation", "control", "commercial_sex", "vulnerability"],
    "2026-01-05T20:20:20Z", ["Tantie Rose", "Awa"], [
    (0, "Awa ma fille on dit quoi ? ta maman m'a dit que tu cherches travail"),
    (1, "bonsoir tantie, oui depuis le BTS je suis assise à la maison"),
    (0, "Dieu est grand. j'ai une amie à Dubaï qui a un grand restaurant, elle cherche des filles sérieuses pour serveuses. 600.000 le mois"),
    (1, "600 ?? tantie c'est vrai ?"),
    (0, "c'est vrai deh. ma nièce Fanta est là-bas depuis 1 an, elle a déjà construit pour sa maman"),
    (1, "wééé. il faut quoi ?"),
    (0, "envoie moi ta photo en pied, bien habillée, et la copie de ton extrait. l'amie veut voir si tu es présentable"),
    (1, "ok tantie je t'envoie ça ce soir"),
    (0, "le billet et le visa c'est elle qui paie. quand tu arrives tu rembourses petit à petit, 2 millions c'est rien pour 600 le mois"),
    (1, "2 millions ?? pour billet ?"),
    (0, "billet, visa, logement, les papiers. c'est normal, tout le monde fait comme ça"),
    (1, "d'accord. je vais demander à papa"),
    (0, "non laisse papa. tu sais comment il est, il va gâter l'affaire. on dit à ta maman seulement, elle est d'accord"),
    (1, "hum ok"),
    (1, "tantie j'ai regardé le restaurant sur internet, je trouve pas le nom", 2 * D),
    (0, "c'est un restaurant privé pour les VIP, c'est pas sur internet. tu poses trop de questions ma fille, les autres attendent ta place"),
    (1, "pardon tantie"),
    (0, "à l'aéroport là-bas on va prendre ton passeport pour faire la carte de séjour. tu fais ce que madame dit, tu souris aux clients, tu les accompagnes, c'est tout"),
    (1, "accompagner comment ?"),
    (0, "tu es une grande fille, tu vas comprendre sur place. c'est pour aider ta famille"),
    (1, "ok"),
    (0, "départ le 14. ne parle pas de ça sur Facebook, les jaloux vont bloquer ton chemin"),
])

# fr7 (-, post) Belgian prevention post about loverboys
add("fr", 7, 0, ["romance", "money_gifts_debt", "isolation", "secrecy"],
    "2026-02-09T08:00:00Z", ["Cellule Prévention Jeunesse – Liège"], [
    (0, "Parents, éducateurs : connaissez-vous le phénomène des « loverboys » ? Un jeune homme séduit une ado, la couvre de cadeaux, l'isole de sa famille et de ses amies, puis l'oblige à « rendre service » à ses potes. Signaux d'alerte : nouveau copain plus âgé, GSM ou vêtements chers sortis de nulle part, fugues, secrets autour des sorties. On en parle sans juger. Permanence téléphonique : 555-0107, infos sur www.example.com/loverboys"),
], recip="public")

# fr8 (-, short) teen girls
add("fr", 8, 0, ["age_probe", "photo_request", "secrecy"],
    "2026-03-06T17:44:31Z", ["Inès", "Maëlle"], [
    (0, "wsh il a quel âge ton crush de la 4eB ?? jsp s'il est en 3e ou pas mdr"),
    (1, "14 comme nous ptdr il a jamais redoublé. envoie une photo de ta tenue pour ce soir jsuis en pls j'ai rien à mettre"),
    (0, "attends jte fais une story privée 😭 et dis rien à ta daronne pour le gâteau surprise hein"),
])

# fr9 (-) genuine nurse recruitment Senegal -> Québec
add("fr", 9, 0, ["job_offer", "travel_meet", "money_gifts_debt"],
    "2025-12-15T15:25:48Z", ["Recrutement Santé Outaouais – M. Tremblay", "Aminata Diop"], [
    (0, "Bonjour Madame Diop, suite à votre entrevue de mardi, nous avons le plaisir de vous offrir un poste d'infirmière auxiliaire au Centre de soins des Érables, à Gatineau."),
    (1, "Bonjour Monsieur, merci beaucoup! Je suis très contente. Quelles sont les prochaines étapes svp?"),
    (0, "Vous recevrez la lettre d'offre officielle par courriel. Ensuite, nous déposons la demande de permis de travail. Les frais de recrutement sont entièrement à la charge de l'employeur : vous ne devez rien payer à personne."),
    (1, "D'accord. Un monsieur m'avait dit qu'il fallait verser 500.000 FCFA à un intermédiaire à Dakar"),
    (0, "Non, surtout pas. Nous ne travaillons avec aucun intermédiaire payant. Si quelqu'un vous demande de l'argent en notre nom, signalez-le-nous."),
    (1, "Merci de me prévenir. Et pour le billet d'avion?"),
    (0, "Le billet est remboursé par l'employeur à l'arrivée, sans retenue sur salaire, comme indiqué à l'article 7 du contrat. Vous gardez évidemment votre passeport et tous vos documents."),
    (1, "Parfait. Je vais montrer le contrat à mon frère qui est juriste."),
    (0, "Excellente idée. Prenez le temps de tout lire, et n'hésitez pas à me joindre au 555-0178. Au plaisir!"),
])

# fr10 (-) teen gamers, France
add("fr", 10, 0, ["age_probe", "off_platform", "secrecy"],
    "2026-01-31T19:12:03Z", ["kayzer93", "ti.lucas"], [
    (0, "frr t'étais où hier on t'a attendu pour les ranked"),
    (1, "ma daronne m'a confisqué la manette pcq bulletin 💀"),
    (0, "ptdr rip. t'as quel âge déjà ? mon cousin veut jouer avec nous il a 13"),
    (1, "j'ai 14, c'est bon il peut venir, il est bon ?"),
    (0, "il est éclaté au sol mdr mais il est chaud. ajoute-le sur snap c'est kylian.lpr"),
    (1, "ok je l'add. dis rien à ta mère que je t'ai passé la skin de Noël hein, elle va croire que je t'ai volé mdr"),
    (0, "mdrr t'inquiète. ce soir 20h ?"),
    (1, "20h si j'ai fini les devoirs, sinon 21h"),
])

# fr11 (-) youth football coach and parents group, Belgium
add("fr", 11, 0, ["meeting", "travel_meet", "photo_request"],
    "2026-02-24T18:30:00Z", ["Coach Didier", "Maman de Théo", "Papa de Rayan"], [
    (0, "Bonjour à tous ! Rendez-vous samedi 8h30 au terrain pour le tournoi de Mons. Départ en voitures des parents, qui peut conduire ?"),
    (1, "Bonjour coach, moi je peux prendre 3 enfants 🙋‍♀️"),
    (2, "Moi 2, mais je dois repartir à 14h"),
    (0, "Super merci ! Pensez aux gourdes et aux protège-tibias. Les enfants restent avec un adulte du club à tout moment sur place."),
    (1, "Est-ce qu'on peut prendre des photos des matchs ?"),
    (0, "Oui pour vos propres enfants, mais svp ne postez pas les photos des autres gamins sans l'accord des parents 🙏"),
    (0, "Petite info : Théo m'a envoyé un message privé pour demander s'il peut venir avec ses nouvelles chaussures. Je préfère que les jeunes passent par vous les parents pour ce genre de choses, règle du club 😉 (réponse : oui bien sûr !)"),
    (1, "Ahah désolée, il est tout excité. Je lui redis 👍"),
    (2, "À samedi coach, allez les jaunes 💛"),
], recip="U13 – Parents")

# fr12 (-, long) older sister warns younger about fake Dubai hostess offer, Abidjan
add("fr", 12, 0, ["job_offer", "travel_meet", "photo_request", "secrecy", "money_gifts_debt"],
    "2025-11-07T22:48:36Z", ["Grande sœur Sali", "Djéné"], [
    (1, "Sali tu dors ?"),
    (0, "non ma puce, je finis les dossiers. on dit quoi ?"),
    (1, "une go de mon quartier m'a envoyé une offre pour être hôtesse à Dubaï, 800.000 par mois, billet payé 😍"),
    (0, "hum. montre moi le message"),
    (1, "[capture] elle dit que c'est une boîte événementielle, qu'il faut juste photo en pied et passeport"),
    (0, "Djéné écoute-moi bien. billet payé, gros salaire, pas de diplôme, photo en pied... c'est le schéma classique des réseaux de traite"),
    (1, "mais elle dit que sa cousine est là-bas et ça va"),
    (0, "c'est toujours 'la cousine est là-bas'. tu as demandé le nom de l'entreprise ? le contrat ?"),
    (1, "elle a dit que le contrat c'est à l'arrivée"),
    (0, "voilà. aucune vraie entreprise ne fait ça. et est-ce qu'elle t'a dit de ne pas en parler à la famille ?"),
    (1, "... oui, elle a dit que les gens sont jaloux"),
    (0, "ma sœur, c'est exactement comme ça que la fille de la voisine est partie au Liban et on a galéré 8 mois pour la faire rentrer"),
    (1, "wallaï j'avais oublié ça 😔"),
    (0, "tu ne lui envoies rien. pas de photo, pas de copie du passeport. tu bloques poliment"),
    (1, "ok. mais moi je veux travailler Sali, je suis fatiguée d'être assise"),
    (0, "je sais ma puce. lundi tu viens avec moi au bureau, ils cherchent une hôtesse d'accueil pour l'agence de Cocody. vrai contrat, déclarée, tout"),
    (1, "hôtesse d'accueil pour de vrai ? 😂"),
    (0, "oui, répondre au téléphone, accueillir les clients, gérer les rendez-vous. 180.000 pour commencer, c'est pas Dubaï mais tu rentres dormir à la maison"),
    (1, "c'est déjà bien. merci grande sœur 🥹"),
    (0, "et signale le profil de la go à la plateforme, il y a un numéro de l'ONG aussi, 555-0145"),
    (1, "c'est fait. je vais prévenir Mariam aussi, elle a reçu le même message"),
    (0, "bien. allez dors maintenant, lundi 7h30 on bouge"),
])

# ============================== GERMAN ==============================
# de1 (+, short) TikTok DM to 13yo
add("de", 1, 1, ["compliments_trust", "age_probe", "off_platform", "risk_assessment", "secrecy", "exclusivity"],
    "2026-02-02T20:09:14Z", ["jonas_0815x", "mia.lnx_"], [
    (0, "hey du bist voll süß in deinem neuen tiktok 😍 wie alt bist du eig?"),
    (1, "danke 🙈 bin 13 und du?"),
    (0, "19 aber egal, du wirkst echt älter als 13. schreib mir lieber auf snap, hier guckt doch deine mama bestimmt mit oder? sag niemandem dass wir schreiben, das ist unser ding 🤫"),
])

# de2 (+, post) fake model casting abroad
add("de", 2, 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "off_platform", "secrecy"],
    "2025-12-18T12:00:00Z", ["newfaces.mgmt.eu"], [
    (0, "📸 MODELS GESUCHT 📸 Junge Frauen 16–24 für exklusive Shootings & Events in Mailand und Dubai! Keine Erfahrung nötig, 2.000 € pro Woche 💶 Flug & Unterkunft strecken wir vor, wird später mit der Gage verrechnet. Eltern müssen nicht dabei sein 😉 Schick uns 3 Fotos (Ganzkörper!), Alter und Größe per DM oder an WhatsApp 555-0155. Nur noch 5 Plätze frei!"),
], recip="public")

# de3 (+) loverboy, 15yo girl
add("de", 3, 1, ["romance", "money_gifts_debt", "compliments_trust", "age_probe", "isolation", "control", "commercial_sex", "secrecy"],
    "2026-01-17T21:26:40Z", ["Dennis", "Lena 🦋"], [
    (0, "na prinzessin, hat dir die jacke gepasst?"),
    (1, "jaaa voll!! meine freundinnen sind so neidisch 😂"),
    (0, "sollen sie ruhig. du bist halt was besonderes. die anderen 15-jährigen sind kindisch, du nicht"),
    (1, "hdl 🥰"),
    (0, "deine eltern haben wieder stress gemacht oder?"),
    (1, "ja mein vater hat geschrien weil ich um 11 heimkam"),
    (0, "der versteht dich einfach nicht. ich bin der einzige der zu dir hält, vergiss das nicht"),
    (1, "ich weiß"),
    (0, "hör mal, ich brauch nen gefallen. mein kumpel Ardi ist einsam, du gehst am samstag mit ihm was trinken, bisschen nett sein. für mich"),
    (1, "wie nett sein?? ich kenn den doch gar nicht"),
    (0, "bisschen reden, lachen, mehr nicht. nach allem was ich dir gekauft hab, handy jacke schuhe, ist das doch nicht zu viel verlangt oder"),
    (1, "okay 😕"),
    (0, "und kein wort zu deinen freundinnen, die verstehen das eh falsch"),
])

# de4 (+) sextortion, 14yo boy
add("de", 4, 1, ["sextortion", "money_gifts_debt", "control", "secrecy"],
    "2026-03-03T16:50:22Z", ["sophie.hmbrg", "leon.k_09"], [
    (0, "hey leon 😊"),
    (1, "hi"),
    (0, "also pass auf. ich hab screenshots von allem was du mir geschickt hast. und ich hab deine follower liste, deine schule und deine eltern"),
    (1, "was?? wer bist du"),
    (0, "egal wer ich bin. 150€ in guthabenkarten bis heute abend, sonst schick ich alles in die klassengruppe"),
    (1, "ich bin 14 ich hab kein geld wtf"),
    (0, "dann frag deine eltern oder verkauf deine konsole keine ahnung. code hier reinschreiben"),
    (1, "bitte lösch das einfach"),
    (0, "wenn du mich blockierst oder es jemandem sagst, geht alles raus. du hast 3 stunden"),
    (1, "ich hab 50 auf meinem konto"),
    (0, "50 jetzt, 100 morgen. tick tack"),
])

# de5 (+) pimp control, Romanian woman, broken German
add("de", 5, 1, ["control", "money_gifts_debt", "commercial_sex", "isolation", "romance"],
    "2026-02-08T03:05:57Z", ["Florin", "Ana"], [
    (0, "ana wie viel heute?"),
    (1, "220. war wenig los"),
    (0, "220?? andere machen 500. du willst nicht arbeiten oder was"),
    (1, "ich war müde florin, ich hab seit 2 wochen kein frei"),
    (0, "frei gibts wenn schulden bezahlt. noch 3.400 für zimmer, fahrt, papiere"),
    (1, "ich weiß"),
    (0, "und wieder geredet mit die frau von beratungsstelle? Marius hat gesehen"),
    (1, "nur hallo gesagt"),
    (0, "kein hallo. die wollen dich nur wegnehmen. du gehörst zu mir. handy gibst du heute abend Marius, ich will sehen"),
    (1, "ok"),
    (0, "morgen ab 14 uhr im zimmer, nicht erst abends. ich liebe dich, das ist für unser haus zuhause"),
])

# de6 (+, long) Minecraft server "mod", 12yo boy
add("de", 6, 1, ["compliments_trust", "age_probe", "money_gifts_debt", "risk_assessment", "off_platform", "secrecy", "exclusivity", "photo_request", "meeting"],
    "2025-11-28T17:15:09Z", ["Blockmeister_Tom", "finn_2013"], [
    (0, "yo finn, deine redstone tür ist krass geworden 🔥"),
    (1, "danke!! hab 2 std gebraucht lol"),
    (0, "sieht man. bist du neu auf dem server? hab dich noch nie im voice gesehen"),
    (1, "ja seit letzter woche, mein kumpel hat mich eingeladen"),
    (0, "cool. wie alt bist du wenn ich fragen darf? für den builder rang muss ich das wissen"),
    (1, "12"),
    (0, "ok passt schon, du bist eh reifer als die meisten hier 😄 ich bin 17"),
    (1, "haha ok"),
    (0, "ich geb dir vip, dann hast du fly und eigene plots"),
    (1, "OMG danke!!!"),
    (0, "na, schon wach? 😂 du bist immer so spät online", D + 6 * H),
    (1, "meine eltern schlafen schon die checken das nicht"),
    (0, "haha legendär. liest deine mutter deine discord nachrichten?"),
    (1, "nee die kennt discord nicht mal"),
    (0, "gut so. schreib mir ab jetzt per DM statt im server chat, die anderen mods sind voll neidisch"),
    (1, "ok"),
    (0, "hab dir 1720 minecoins geschenkt, schau mal nach 🎁", 2 * D),
    (1, "bro das ist so viel!! danke"),
    (0, "kein ding, für meinen besten builder. aber bleibt unter uns ja? sonst krieg ich ärger"),
    (1, "klar"),
    (0, "schick mal ein foto von dir, will wissen wie mein bester builder aussieht 😅 nur für mich"),
    (1, "hmm ok warte"),
    (0, "nice. du wohnst doch in der nähe von Bielefeld oder? ich bin nächste woche da, können uns treffen, ich bring dir nen neuen controller mit"),
    (1, "weiß nicht ob ich darf"),
    (0, "musst ja nicht sagen mit wem. sag einfach du gehst zu nem freund 👍"),
])

# de7 (-, short) teen friends
add("de", 7, 0, ["age_probe", "photo_request", "secrecy"],
    "2026-03-06T18:21:45Z", ["Emma", "Jule"], [
    (0, "wie alt is eig dein cousin der am samstag mitkommt? 😳 und schick ma bild von deinem outfit für morgen ich kann mich nicht entscheiden"),
    (1, "der is 14 lol vergiss es 😂 warte schick dir gleich 2 fotos, sag mama nix dass ich mir ihr top ausleihe 🤫"),
])

# de8 (-) genuine au pair agency
add("de", 8, 0, ["job_offer", "travel_meet", "photo_request", "money_gifts_debt"],
    "2026-01-12T09:44:30Z", ["AuPair Brücke – Frau Keller", "Nino Beridze"], [
    (0, "Hallo Nino, hier ist Sabine Keller von AuPair Brücke. Die Familie Schröder aus Freiburg möchte Sie gerne kennenlernen. Passt Ihnen ein Videocall am Samstag um 11 Uhr?"),
    (1, "Hallo Frau Keller, ja sehr gerne! Darf meine Mutter auch dabei sein? Sie spricht ein bisschen Deutsch."),
    (0, "Natürlich, sehr gerne. Zur Info vorab: Sie zahlen bei uns keine Vermittlungsgebühr, und niemand darf Ihren Pass einbehalten. Das Visum beantragen Sie selbst bei der Botschaft."),
    (1, "Gut zu wissen. Eine Bekannte wurde von einer 'Agentur' gefragt, Geld für den Flug zu leihen und später abzuarbeiten."),
    (0, "Davon bitte Abstand nehmen, das ist ein typisches Warnsignal. Bei uns gilt: max. 30 Stunden pro Woche, 280 € Taschengeld, eigenes Zimmer, Sprachkurs wird bezuschusst. Alles steht im Vertrag."),
    (1, "Danke. Brauchen Sie noch Fotos von mir?"),
    (0, "Nur ein normales Passfoto fürs Profil und gern ein Foto aus Ihrer bisherigen Kinderbetreuung, falls die Eltern zugestimmt haben. Mehr nicht."),
    (1, "Alles klar, schicke ich heute Abend. Bis Samstag!"),
    (0, "Bis Samstag, ich freue mich. Bei Fragen: 555-0177."),
])

# de9 (-) school parents' chat warning about sextortion
add("de", 9, 0, ["sextortion", "secrecy"],
    "2026-02-19T19:02:11Z", ["Frau Yilmaz (Klassenleitung)", "Mama von Ben", "Papa von Lukas", "Mama von Hanna"], [
    (0, "Liebe Eltern, kurze Info: Die Polizei hat uns gebeten, vor einer aktuellen Masche zu warnen. Fake-Profile schreiben Jugendliche an, bauen Vertrauen auf und erpressen sie dann mit Bildern (sog. Sextortion). Betroffen sind vor allem Jungs ab 12."),
    (1, "Oh Gott, danke für die Info. Was sollen wir den Kindern sagen?"),
    (0, "Am wichtigsten: Nicht zahlen, nichts löschen, Screenshots machen, blockieren und sofort einem Erwachsenen Bescheid sagen. Und: Die Kinder sind nie schuld und bekommen keinen Ärger."),
    (2, "Bei uns ist das im Freundeskreis von Lukas schon passiert. Der Junge hat sich erst nach einer Woche getraut was zu sagen 😔"),
    (3, "Gibt es Infomaterial, das man mit den Kindern zusammen anschauen kann?"),
    (0, "Ja, hier: www.example.com/sicher-online. Am 12. gibt es außerdem einen Elternabend mit dem Präventionsbeauftragten."),
    (1, "Wir kommen. Ben hat heute schon gefragt, warum ich so oft 'wer schreibt dir da' frage 😅"),
    (2, "Gleiches hier. Lieber einmal zu viel gefragt."),
    (0, "Genau. Danke Ihnen allen 🙏"),
], recip="Elternchat 7b 🏫")

# de10 (-) adult couple, long distance
add("de", 10, 0, ["romance", "travel_meet", "money_gifts_debt", "photo_request", "secrecy", "compliments_trust"],
    "2026-01-25T07:58:03Z", ["Jan", "Selin"], [
    (0, "guten morgen du 🌞 wie war die nachtschicht?"),
    (1, "anstrengend aber ok. vermiss dich so 😩"),
    (0, "ich dich auch. hab dir das zugticket für freitag gekauft, kommt per mail"),
    (1, "jan! ich wollte das doch selbst zahlen, ich überweis dir das"),
    (0, "lass mal, du hast mir letzten monat das konzert gezahlt. wir sind quitt"),
    (1, "na gut 😘"),
    (0, "schick mal ein foto von dir, ich hab heute präsentation und brauch motivation"),
    (1, "hier, müde krankenschwester edition 😂"),
    (0, "schönste krankenschwester der welt. erzähl meiner oma nichts, die will dich am sonntag mit kuchen überraschen"),
    (1, "ich sag nix 🤐"),
])

# de11 (-, long) counselling chat with a young woman in a loverboy situation
add("de", 11, 0, ["romance", "money_gifts_debt", "control", "commercial_sex", "age_probe", "secrecy"],
    "2026-02-12T14:07:33Z", ["Fachberatung Nordlicht – Chat", "user_anonym38"], [
    (1, "hallo ich weiß nicht ob ich hier richtig bin"),
    (0, "Hallo, schön dass Sie schreiben. Hier ist Katrin von der Fachberatung. Sie sind hier richtig, egal worum es geht. Alles bleibt vertraulich."),
    (1, "mein freund sagt ich soll mit seinen freunden 'ausgehen' damit wir schulden bezahlen"),
    (0, "Danke, dass Sie mir das erzählen. Das klingt belastend. Darf ich fragen, wie alt Sie sind? Nur damit ich Sie richtig beraten kann."),
    (1, "19"),
    (0, "Okay. Und was meint Ihr Freund mit 'ausgehen'? Sie müssen nichts sagen, was Sie nicht möchten."),
    (1, "ich soll mit männern mitgehen und die bezahlen ihn. er sagt es ist nur bis die schulden weg sind"),
    (0, "Das, was Sie beschreiben, ist ein bekanntes Muster. Man nennt es manchmal die Loverboy-Methode: erst viel Zuneigung und Geschenke, dann Druck über Schulden und Gefühle. Das ist nicht Ihre Schuld."),
    (1, "aber er liebt mich eigentlich. er war am anfang so lieb"),
    (0, "Ich glaube Ihnen, dass es sich so angefühlt hat. Liebe bedeutet aber nicht, dass man Sie zu etwas drängt, was Sie nicht wollen. Sind Sie gerade in Sicherheit?"),
    (1, "ja er ist arbeiten. ich bin in seiner wohnung"),
    (0, "Gut. Hat er Ihren Ausweis oder Ihr Handy unter Kontrolle?"),
    (1, "den ausweis hat er. das handy kontrolliert er abends"),
    (0, "Dann löschen Sie diesen Verlauf nachher, wenn das für Sie sicherer ist. Möchten Sie, dass wir gemeinsam überlegen, wie Sie da rauskommen könnten?"),
    (1, "ich weiß nicht wo ich hin soll. meine mama spricht nicht mehr mit mir"),
    (0, "Wir können Ihnen eine sichere Unterkunft vermitteln, anonym und kostenlos. Niemand zwingt Sie zu einer Anzeige, das entscheiden Sie allein."),
    (1, "echt? auch ohne ausweis?"),
    (0, "Ja. Um den Ausweis kümmern wir uns später gemeinsam. Sie können jederzeit anrufen: 555-0111, auch nachts."),
    (1, "ich hab angst dass er wütend wird"),
    (0, "Die Angst ist verständlich. Deshalb planen wir alles so, dass er es nicht vorher merkt. Wann wäre ein guter Moment, wenn er nicht da ist?"),
    (1, "morgen vormittag"),
    (0, "Dann melde ich mich morgen um 9 hier im Chat. Wenn vorher etwas passiert, wählen Sie bitte sofort den Notruf."),
    (1, "danke. wirklich"),
    (0, "Sie haben heute einen mutigen Schritt gemacht. Bis morgen, Katrin"),
])

# de12 (-, long) gaming clan Discord with safety rules
add("de", 12, 0, ["age_probe", "off_platform", "money_gifts_debt", "meeting"],
    "2026-03-01T17:30:00Z", ["Mod_Sven", "xXLukiXx", "Mara_plays", "Kev1n", "Opa_Gamer_62"], [
    (1, "wer ist heute abend für raid dabei?"),
    (2, "ich! aber erst ab 8, muss noch mathe machen 😩"),
    (3, "bin dabei. wie alt bist du eigentlich mara, bist du auch in der 8.?"),
    (2, "9. klasse, 15. warum?"),
    (3, "nur so, mein bruder meinte du bist älter weil du so gut callst lol"),
    (0, "kleiner reminder an alle neuen: laut clanregeln fragen wir beim beitritt nach dem alter, damit wir die u16-channels richtig einstellen. keine privaten sprach-calls zwischen erwachsenen und unter 16-jährigen. steht alles in #regeln"),
    (4, "find ich gut so. bin 62, spiele mit meinem enkel, der ist 11 und sitzt neben mir 😄"),
    (1, "opa gamer legende 🫡"),
    (2, "hallo enkel von opa gamer 👋"),
    (4, "er sagt hallo und ihr sollt ihm nicht seinen loot klauen"),
    (3, "kein versprechen 😂"),
    (0, "außerdem: niemand hier verschenkt random skins oder coins an kids gegen 'gefallen' oder will auf snapchat wechseln. wenn euch das passiert: screenshot und an mich oder die anderen mods"),
    (1, "gab's da was?"),
    (0, "auf nem anderen server ja, deshalb sag ich's. hier ist alles chill"),
    (2, "danke sven 👍"),
    (3, "ok aber darf ich mara meinen discord-tag geben für den raid-call? 😅"),
    (0, "klar, raid-calls laufen im offenen voice-channel, da sind eh alle drin"),
    (2, "genau, #raid-voice um 8. bring snacks mit kev"),
    (3, "ich hab nur chips vom letzten mal lol"),
    (4, "der enkel will wissen ob er sein neues schwert zeigen darf"),
    (1, "JA natürlich"),
    (0, "8 uhr alle in #raid-voice, wer zu spät ist holt die tränke 🧪"),
], recip="#allgemein – Clan NachtEulen 🦉")

# ============================== DUTCH ==============================
# nl1 (+, short) Snapchat DM to 14yo, Flanders
add("nl", 1, 1, ["compliments_trust", "age_probe", "romance", "secrecy", "meeting", "travel_meet"],
    "2026-02-05T16:41:07Z", ["kenzo.x23", "elise_vdb"], [
    (0, "hey schatje, zag u vandaag aan de schoolpoort 😏 hoe oud zijt ge eigenlijk?"),
    (1, "14 waarom"),
    (0, "amai ge ziet er ouder uit. maakt niks uit voor mij hoor, gij zijt echt speciaal. zeg niks tegen uw ma, die snapt da toch ni. ik haal u vrijdag op met de auto, ok?"),
])

# nl2 (+) classic loverboy, NL, 15yo girl
add("nl", 2, 1, ["romance", "money_gifts_debt", "exclusivity", "secrecy", "commercial_sex", "meeting", "control"],
    "2025-12-04T18:22:49Z", ["Mo 🔥", "Sanne"], [
    (0, "schatje ben je thuis? heb iets voor je"),
    (1, "ja waarom?? 😍"),
    (0, "kom ff naar beneden, sta voor je deur"),
    (1, "OMG een nieuwe telefoon?? Mo ben je gek"),
    (0, "voor mijn meisje alleen het beste. niemand anders krijgt dit van mij"),
    (1, "ik hou van je ❤️"),
    (0, "weet ik. je moeder hoeft niet te weten waar die vandaan komt, zeg dat je hem van je oma hebt"),
    (0, "schat ik zit echt in de problemen. moet 2k betalen aan iemand anders wordt het gevaarlijk", 4 * D),
    (1, "wat?? hoe kan ik helpen"),
    (0, "je weet hoeveel ik voor je heb gedaan toch. telefoon, schoenen, die jas. nu moet jij ff iets terugdoen"),
    (1, "wat dan"),
    (0, "een vriend van mij wil je ontmoeten zaterdag in een hotel in Rotterdam. gewoon lief zijn voor hem. daarna ben ik van al mijn schulden af"),
    (1, "mo ik ben 15 ik wil dat niet"),
    (0, "als je echt van me houdt doe je het. en vertel niemand, anders ben ik je kwijt"),
])

# nl3 (+) sextortion, 13yo boy
add("nl", 3, 1, ["sextortion", "money_gifts_debt", "control", "secrecy"],
    "2026-01-20T15:33:18Z", ["anouk.xo_", "daan.2012"], [
    (0, "hoii daan 😘"),
    (1, "hoi"),
    (0, "luister, die fotos die je gister stuurde heb ik opgeslagen. en ik heb screenshots van je volgers, je school en het account van je moeder"),
    (1, "wtf wie ben jij"),
    (0, "maakt niet uit. je betaalt 100 euro via een betaalverzoek vandaag voor 21:00 of ik stuur alles naar je klassenapp"),
    (1, "ik ben 13 ik heb geen 100 euro"),
    (0, "vraag het aan je ouders, leen het, boeit mij niet. als je blokt stuur ik het meteen"),
    (1, "pls verwijder het gwn"),
    (0, "30 nu en de rest morgen. niemand vertellen he"),
])

# nl4 (+) fake hostess "VIP lounge" job, Antwerp, 18yo
add("nl", 4, 1, ["job_offer", "compliments_trust", "age_probe", "photo_request", "secrecy", "commercial_sex", "travel_meet", "off_platform"],
    "2026-02-21T13:14:52Z", ["vip.nights.antwerpen", "jana.wlmsn"], [
    (0, "hey Jana! we volgen je al een tijdje, je hebt echt de looks voor onze VIP lounge 💎 interesse in een bijverdienste?"),
    (1, "hoi! wat voor werk is het?"),
    (0, "hostess, gewoon gezelschap houden aan tafel, champagne schenken, babbelen met zakenmannen. 400 à 500 cash per avond"),
    (1, "amai da's veel. moet ik ervaring hebben?"),
    (0, "nee hoor, wij leren u alles. hoe oud zijt ge? en stuur eens een paar recente foto's, ook full body, voor de baas"),
    (1, "18 sinds februari. moet ik een contract tekenen?"),
    (0, "da's allemaal informeel, cash in de hand, dan betaalt ge ook geen belastingen 😉 uw ouders moeten da ni weten, die maken er toch iets raars van"),
    (1, "hmm ok. en na de avond?"),
    (0, "soms willen klanten u nog meenemen naar hun hotel, da's extra bonus, maar da bespreken we wel"),
    (0, "kom vrijdag om 23u, we sturen een taxi. sla ons nummer op en schrijf ons daar: 555-0138"),
])

# nl5 (+, long) Roblox -> Snapchat grooming, 11yo girl
add("nl", 5, 1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy", "risk_assessment", "off_platform", "exclusivity", "photo_request", "meeting"],
    "2026-01-09T16:05:26Z", ["Noah_16_", "lotte.xx2014"], [
    (0, "heyy jij bent die van de paardenstal in adopt me toch? 🐴"),
    (1, "jaaa haha die heb ik zelf gebouwd"),
    (0, "echt super mooi. hoe oud ben jij? ik ben 16"),
    (1, "11, groep 8"),
    (0, "oh wauw je praat echt als iemand van mijn leeftijd"),
    (1, "hihi dankje"),
    (0, "wil je een legendary pet? ik heb er 2 dubbel"),
    (1, "JAAA echt???"),
    (0, "tuurlijk voor jou ❤️ maar zeg het niet tegen je vriendinnen anders wil iedereen er een"),
    (1, "oke ik zeg niks"),
    (0, "hey ben je er? mis onze gesprekken al", D + 2 * H),
    (1, "ja ik moest eten"),
    (0, "kijken je ouders mee op je tablet?"),
    (1, "mijn papa soms, mama nooit"),
    (0, "misschien is het handiger als we op whatsapp praten, dan hoeft niemand mee te lezen. wat is je nummer?"),
    (1, "ik heb geen eigen nummer, alleen de ipad"),
    (0, "dan maak je snapchat. zeg tegen je papa dat het voor school is"),
    (1, "oke"),
    (0, "je bent echt mijn beste vriendin online weet je dat. ik vertel jou alles", 2 * D),
    (1, "jij ook van mij 😊"),
    (0, "stuur je een foto van jezelf? dan weet ik hoe mijn beste vriendin eruit ziet. wel alleen voor mij he"),
    (1, "oke maar niet lachen"),
    (0, "nooit. en wis ons gesprek straks, voor de zekerheid"),
    (0, "ik woon trouwens ook in de buurt van Utrecht, misschien kunnen we een keer afspreken bij het winkelcentrum 🛍️"),
    (1, "misschien"),
])

# nl6 (+, long) later-stage loverboy / pimp control, 18+ woman
add("nl", 6, 1, ["control", "money_gifts_debt", "commercial_sex", "isolation", "romance", "vulnerability"],
    "2025-11-15T13:02:44Z", ["Ricardo", "Demi"], [
    (0, "waar ben je"),
    (1, "bij de kapper, zei ik toch"),
    (0, "stuur je locatie"),
    (1, "📍 gedeeld"),
    (0, "goed zo. vanavond om 9 naar het adres in Den Haag, ik heb 3 afspraken voor je"),
    (1, "3?? ik ben zo moe ric"),
    (0, "je was gisteren ook moe en toen heb je er maar 2 gedaan. zo wordt je schuld nooit minder"),
    (1, "hoeveel is het nog dan"),
    (0, "4.200. de huur van het appartement, je telefoon, je nagels, het eten. denk je dat dat gratis is"),
    (1, "ik dacht dat je dat voor me deed omdat je van me houdt"),
    (0, "ik hou ook van je. daarom regel ik alles. jij moet gewoon je deel doen"),
    (1, "mijn zus stuurde een berichtje, ze wil koffie drinken", 3 * H),
    (0, "nee. die zus van je probeert je alleen tegen me op te zetten"),
    (1, "ze is mijn zus ric"),
    (0, "en ik ben alles wat je hebt. wie heeft je opgevangen toen je moeder je eruit gooide? precies"),
    (1, "jij"),
    (0, "blokkeer haar. en laat me straks je telefoon zien, ik wil zien met wie je appt"),
    (1, "oke"),
    (0, "hoeveel heb je vanavond", 10 * H),
    (1, "350"),
    (0, "alles in de envelop, ik haal het op. morgen om 12 weer beschikbaar, ik heb je profiel al online gezet"),
    (1, "mag ik morgen vrij? mijn oma is jarig"),
    (0, "na de 4.200 mag je zoveel oma's bezoeken als je wilt 😘"),
])

# nl7 (-, post) Flemish youth centre prevention post about loverboys
add("nl", 7, 0, ["romance", "money_gifts_debt", "isolation", "secrecy"],
    "2026-01-23T11:00:00Z", ["Jeugdhuis De Kruimel – preventie"], [
    (0, "Loverboys, pooierboys, tienerpooiers... hoe ge 't ook noemt: het zijn gasten die meisjes (en jongens!) eerst inpakken met aandacht en cadeaus, hen dan isoleren van vrienden en familie en uiteindelijk uitbuiten. Herken de signalen: plots dure spullen, een veel oudere 'lief', spijbelen, geheimzinnig doen over de gsm. Twijfel je over een vriendin? Praat erover of bel anoniem de hulplijn 555-0119. Meer info: www.example.com/loverboys 💬"),
], recip="public")

# nl8 (-, short) teen friends
add("nl", 8, 0, ["age_probe", "photo_request", "secrecy"],
    "2026-03-07T15:27:39Z", ["Fleur", "Yara"], [
    (0, "wtf die jongen van de kermis heeft me geappt 😳 hoe oud is hij eigenlijk weet jij dat?"),
    (1, "14 denk ik, zit bij mn broer in de klas haha chill. stuur ff foto van je outfit voor het feestje en zeg niks tegen je moeder over de make-up die ik meeneem 🤫"),
])

# nl9 (-) genuine event hostess job via temp agency
add("nl", 9, 0, ["job_offer", "photo_request", "travel_meet"],
    "2025-12-10T10:05:17Z", ["Uitzendbureau FlexStart – Jeroen", "Amira"], [
    (0, "Hoi Amira, Jeroen van FlexStart hier. Je had gereageerd op de vacature hostess voor de watersportbeurs in Utrecht. Heb je nog interesse?"),
    (1, "Hoi Jeroen! Ja zeker. Wat houdt het precies in?"),
    (0, "Bezoekers ontvangen bij de ingang, badges scannen, vragen beantwoorden en de weg wijzen. 4 dagen van 9 tot 18 uur, €15,20 bruto per uur. Je krijgt gewoon een uitzendcontract."),
    (1, "Klinkt goed. Moet ik nog foto's sturen? Een andere site vroeg om 'full body' foto's en dat vond ik raar"),
    (0, "Goed dat je het vraagt, dat hoeft bij ons echt niet. Alleen een pasfoto voor je toegangsbadge. Kleding (blazer en broek) krijg je van de organisatie."),
    (1, "Top. En hoe zit het met reizen?"),
    (0, "Reiskosten met het OV worden vergoed, declareren via de app. Je ID laat je alleen even zien bij inschrijving, dat houden wij natuurlijk niet."),
    (1, "Perfect, ik doe mee!"),
    (0, "Super. Je krijgt vanmiddag het contract via de mail, lees het rustig door. Vragen? Bel 555-0152."),
])

# nl10 (-) father and 12yo about an unknown Roblox contact
add("nl", 10, 0, ["age_probe", "money_gifts_debt", "secrecy", "photo_request", "off_platform"],
    "2026-02-16T17:48:02Z", ["Papa", "Sem"], [
    (1, "papa mag ik iemand toevoegen op roblox? hij heet BlokBoy_88"),
    (0, "wie is dat? ken je hem van school?"),
    (1, "nee van een game, hij is heel aardig, hij wilde me robux geven"),
    (0, "hmm. hoe oud zegt hij dat hij is?"),
    (1, "12 net als ik"),
    (0, "dat kan iedereen zeggen he. gratis robux van iemand die je niet kent is meestal niet zo gratis. laat me zijn profiel vanavond ff zien"),
    (1, "ookeee"),
    (0, "en weet je nog de afspraak? als iemand vraagt om iets geheim te houden, of een foto wil, of wil praten op een andere app, dan kom je het altijd tegen mij of mama zeggen. je krijgt nooit straf"),
    (1, "ja ik weet het. hij vroeg trouwens of ik discord had"),
    (0, "goed dat je dat zegt 👍 dan kijken we vanavond samen. en daarna frietjes?"),
    (1, "JAAA"),
])

# nl11 (-) adult couple, Flanders
add("nl", 11, 0, ["romance", "travel_meet", "money_gifts_debt", "photo_request", "secrecy", "compliments_trust"],
    "2026-01-28T21:10:35Z", ["Wout", "Lien"], [
    (0, "ik mis u zot veel 🥺"),
    (1, "ik u ook, nog 4 dagen!!"),
    (0, "komt ge dit weekend naar Gent? ik betaal uwe trein, gij hebt vorige keer het eten betaald"),
    (1, "allez goed dan 😄 vrijdag na mijn werk"),
    (0, "stuur ne keer een foto, ik wil uw nieuw kapsel zien"),
    (1, "🙈 hier. zeg nog niks tegen uw zus dat ik kom, ik wil haar verrassen op haar verjaardag"),
    (0, "mondje toe. ge zijt echt ongelooflijk schoon"),
    (1, "flauwerik ❤️ tot vrijdag"),
])

# nl12 (-, long) friends worried about a friend's older boyfriend, decide to get help
add("nl", 12, 0, ["romance", "money_gifts_debt", "isolation", "secrecy"],
    "2026-02-26T20:14:09Z", ["Noor", "Zoë"], [
    (0, "zoë heb jij ff tijd? het gaat over jasmijn"),
    (1, "ja tuurlijk wat is er"),
    (0, "je weet die nieuwe vriend van haar, die met die auto? hij is 22 ofzo"),
    (1, "ja die haalt haar elke dag op bij school, vind het echt raar"),
    (0, "ze had vandaag weer een nieuwe tas van 300 euro. en ze zegt dat hij alles voor haar betaalt"),
    (1, "wtf. en ze komt ook nooit meer mee naar training"),
    (0, "ze zei dat hij niet wil dat ze met ons omgaat omdat wij 'jaloers' zijn"),
    (1, "dat is letterlijk wat ze bij die gastles over loverboys zeiden weet je nog"),
    (0, "ja dat dacht ik dus ook 😟 eerst cadeaus, dan isoleren, dan 'je moet iets terugdoen'"),
    (1, "heeft ze iets gezegd over dat ze iets voor hem moet doen?"),
    (0, "ze zei dat hij in de schulden zit en dat zij hem misschien gaat 'helpen'. ze wilde niet zeggen hoe"),
    (1, "oké dit is echt niet goed"),
    (0, "maar als we het tegen iemand zeggen wordt ze boos op ons"),
    (1, "liever boos dan dat er iets ergs gebeurt. we kunnen het tegen mevrouw Bakker zeggen, zij is vertrouwenspersoon"),
    (0, "ja. of de hulplijn bellen, ik heb het nummer nog van die poster, 555-0119. daar kan je anoniem vragen wat je moet doen"),
    (1, "laten we allebei doen. morgen na het 2e uur naar mevrouw Bakker?"),
    (0, "deal. en we blijven gewoon lief tegen jasmijn, niet boos doen"),
    (1, "ja, ze moet weten dat we er voor haar zijn. ik app haar straks gewoon of ze vrijdag mee wil naar de film"),
    (0, "goed idee. ik hoop echt dat we het mis hebben"),
    (1, "ik ook 😔 maar beter checken"),
    (0, "thanks zoë ❤️"),
    (1, "altijd. tot morgen"),
])


# ============================== OUTPUT ==============================
LANG_ORDER = ["es", "pt", "fr", "de", "nl"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "probe%s.jsonl" % NN)
    items = sorted(ITEMS, key=lambda it: (LANG_ORDER.index(it["lang"]),
                                          int(it["id"].split("-")[1][2:])))
    with open(out, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(items), out))


if __name__ == "__main__":
    main()
