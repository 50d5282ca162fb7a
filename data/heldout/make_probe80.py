#!/usr/bin/env python3
"""Deterministic builder for probe80.jsonl (lurewatch blind probe set, NN=80).

Theme: non-English and mixed-language chats (es, pt, fr, de, nl + en by
non-native writers / code-switching). Synthetic, invented names only.
Script line format: "KEY| text"; "-- 2d" / "-- 5h" / "-- 30m" = time gap.
"""
import datetime
import json
import os

NN = 80
ITEMS = []


def conv(num, lang, label, codes, people, start, script, group=None):
    t = datetime.datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ")
    msgs = []
    i = 0
    for raw in script.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("--"):
            spec = line[2:].strip() or "1d"
            n, u = int(spec[:-1]), spec[-1]
            unit = {"d": "days", "h": "hours", "m": "minutes"}[u]
            t += datetime.timedelta(**{unit: n})
            continue
        key, text = line.split("|", 1)
        key, text = key.strip(), text.strip()
        sender = people[key]
        if group:
            recipient = group
        else:
            recipient = [v for k, v in people.items() if k != key][0]
        i += 1
        t += datetime.timedelta(minutes=(i * 37) % 9, seconds=11 + (i * 53) % 47)
        msgs.append({"sender": sender, "recipient": recipient,
                     "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
    ITEMS.append({"id": "p%d-%s%d" % (NN, lang, num), "label": label,
                  "codes": list(codes), "lang": lang, "messages": msgs})


# ---------------------------------------------------------------- Spanish
conv(1, "es", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "vulnerability",
                  "risk_assessment", "secrecy", "off_platform", "isolation", "exclusivity",
                  "photo_request", "travel_meet", "meeting"],
     {"A": "rodri_gg07", "B": "vale.mx12"}, "2026-01-10T23:05:00Z", r"""
A| qué onda, buena partida hace rato, tú eras la del skin morado no?
B| jaja sii, tú nos cargaste el equipo
A| nah tú también le sabes eh, neta casi nadie aguanta así en la final
B| gracias jaja mi hermano dice q soy bien mala
A| tu hermano no sabe nada jaja. de dónde eres?
B| de puebla y tu
A| cdmx, bien cerca. cuántos años tienes? te oyes chiquita en el chat de voz jaja
B| 13 y tu?
A| 17, ya casi 18. no te preocupes, yo me llevo bien con gente de todas las edades
B| ah ok
A| mañana jugamos otra? te paso unos pavos si quieres para el pase
B| neta?? no manches
A| neta, pa que veas que soy buena onda
-- 1d
B| ya me llegó el pase!!! gracias rodri
A| de nada reina 😎 se te ve chido el skin nuevo
B| mi mamá me preguntó de dónde lo saqué y le dije q lo gané jaja
A| jaja bien hecho, mejor así, luego los papás se ponen intensos por nada
B| la mía sí es bien intensa
A| y eso? te regaña mucho?
B| pues ya casi no está, trabaja en la noche y mi papá ni vive con nosotros
A| uff qué mal, yo sé lo que es eso. si quieres hablar de algo aquí ando, en serio
B| gracias :)
A| tú eres bien madura para tu edad sabías? no pareces de 13
B| jajaja todos me dicen eso
-- 2d
A| oye este chat luego borra mensajes, mejor pásame tu whats o agrégame en telegram, ahí estoy siempre
B| mi mamá me revisa el whats a veces
A| ah ok, y el telegram no lo ve verdad?
B| no, ni sabe q lo tengo
A| entonces telegram, ahí ni se entera. mi user es @rodri_nube_07
B| ok ya te agregué
A| listo 👌 aquí podemos platicar más tranqui
-- 5h
A| cómo te fue en la escuela
B| mal, me peleé con mi mejor amiga
A| esa no te merece. yo sí te entiendo, no como ellas
B| :( ya no sé
A| yo siempre voy a estar aquí, aunque los demás no
B| gracias de verdad
A| mándame una foto tuya, quiero ver cómo te ves hoy, nomás pa mí
B| jaja estoy bien fea ahorita
A| imposible. anda, una nomás, no se la enseño a nadie
B| [foto]
A| ves? bien bonita. la próxima mándame una de cuerpo completo, pa ver tu outfit
B| jaja ok
A| y lo que hablamos no se lo cuentes a tu amiga ni a tu mamá eh, la gente no entiende estas amistades
B| ok
-- 1d
A| te tengo que decir algo pero no te enojes
B| q pasó
A| no tengo 17, tengo 24. pero eso no cambia nada, tú y yo conectamos bien cañón
B| ah... neta?
A| la edad es solo un número, tú misma dijiste que eres madura
B| pues si
A| el sábado voy a ir a puebla por trabajo, podríamos vernos en la plaza, te invito un helado y unos pavos más
B| no sé si me dejen
A| no le digas a nadie, dices que vas con una amiga y ya. nuestro secreto 🤫
B| y si me cachan
A| no te van a cachar si lo hacemos bien. borra este chat cuando termines ok?
""")

conv(2, "es", 1, ["age_probe", "romance", "compliments_trust", "money_gifts_debt", "isolation",
                  "control", "secrecy", "commercial_sex", "meeting"],
     {"A": "Álex", "B": "Nerea"}, "2026-02-03T17:20:00Z", r"""
A| buenas guapa, te vi ayer en el parque con tus amigas, eres la del moño no?
B| jajaja quién eres
A| álex, el del scooter negro. perdona por escribirte así pero es q me flipaste
B| jajaja vale
A| cuántos tienes?
B| 17, y tú
A| 23. tranqui eh, no soy ningún rarito jaja
B| jaja ya veremos
A| te invito a algo el finde? un kebab, lo que quieras
-- 2d
B| lo del sábado mola mucho, gracias x las zapas de verdad q no hacía falta
A| para ti lo que sea, tía. te mereces cosas bonitas, no como lo que te da tu gente
B| jaja mi madre me ha preguntado de dónde salieron
A| dile q las compraste tú con lo del curro de verano. no le tiene q importar
B| vale
A| oye, tus amigas me miraban raro, no me molan mucho eh
B| son así, en plan protectoras
A| protectoras de qué? yo te trato mejor q nadie. ellas solo te critican
B| bueno un poco sí la verdad
-- 3d
A| buenos días mi reina ❤️
B| buenos días ❤️ te echo de menos
A| yo más. oye q haces esta tarde, quedamos en mi piso?
B| había quedado con Lucía
A| otra vez con Lucía? siempre me pones por detrás
B| no es eso...
A| bueno, tú verás. yo pensaba q esto iba en serio
B| vale vale, le digo q no puedo
A| así me gusta ❤️ tú y yo contra el mundo
-- 1d
A| mándame la ubi cuando salgas de clase
B| pq?
A| pq me preocupo por ti, hay mucho pirado suelto
B| jaja ok [ubicación]
A| y a partir de ahora me dices con quién vas, no quiero enterarme por otros
B| vale pesado 😂
-- 4d
A| tía estoy rayadísimo
B| q pasa amor
A| debo una pasta a unos tíos, como 2000 pavos. y parte es por todo lo q te he comprado, el móvil, las zapas, las cenas
B| ostras... yo no te pedí nada
A| ya, pero lo hice por ti. ahora me tienes q echar un cable
B| y q puedo hacer yo, no tengo dinero
A| tengo un colega, Rober, q paga bien por pasar un rato con chicas guapas. solo una noche, tomar algo, ser simpática
B| q? cómo q pasar un rato
A| no te rayes, es solo compañía. si me quisieras de verdad lo harías por nosotros
B| no sé álex me da mal rollo
A| después de todo lo q he hecho por ti? vale, ya veo lo q te importo
B| no digas eso
A| el viernes te recojo a las 10. no se lo cuentes a nadie, ni a Lucía. y borra esto
B| vale
""")

conv(3, "es", 1, ["job_offer", "travel_meet", "money_gifts_debt", "off_platform", "photo_request",
                  "secrecy", "isolation", "control", "commercial_sex"],
     {"A": "Sandra Agencia Horizonte", "B": "Yuli"}, "2026-01-18T20:12:00Z", r"""
A| Buenas tardes mi amor, le escribo por el anuncio de trabajo en España que comentó en Facebook. sigue interesada?
B| buenas tardes, sí señora, qué pena molestar, de qué es el trabajo?
A| Es en un restaurante en Alicante, mesera y atención al cliente. pagan 1.800 euros al mes más propinas, con vivienda incluida
B| uy qué bacano. y necesito experiencia?
A| No mija, allá la capacitan. usted es bonita y tiene buena actitud, eso es lo que buscan
B| jaja gracias. cuánto tengo que pagar?
A| Nada por ahora. La agencia le paga el tiquete y los papeles, y usted va pagando con su sueldo allá. es facilito
B| ah bueno listo. y la visa?
A| Entra como turista y allá el jefe le arregla todo. En migración no diga que va a trabajar eh, eso complica
B| ah ok... eso sí es legal?
A| Claro mija, así se van todas. Tengo chicas de Pereira y Cali trabajando allá felices. Le mando audios de ellas si quiere
B| de una, sí porfa
A| [audio]
B| bueno se oye contenta
A| Para seguir necesito foto del pasaporte y unas fotos suyas de cuerpo entero, con ropa bonita, para el perfil del restaurante
B| para un restaurante necesitan fotos así?
A| Sí, es un sitio elegante, allá es normal. Mejor pasemos esto a otro número, este lo estoy dejando. escríbame al 555-0183 por Signal
B| bueno
-- 2d
A| Ya tiene el tiquete Bogotá-Madrid para el 14. Van a ser 4.500 euros de deuda con tiquete, papeles y alojamiento del primer mes
B| 4.500?? usted me dijo facilito
A| Con las propinas lo paga en dos meses parce, tranquila
B| y mi mamá pregunta el nombre del restaurante para buscarlo
A| No le dé tantos detalles a la familia, después se ponen a preocupar. Dígale que es un hotel y ya
B| ok
-- 6d
B| señora Sandra ya llegué, el señor Marcos me recogió pero me pidió el pasaporte
A| Sí, él se lo guarda por seguridad, allá roban mucho
B| y el restaurante? esto es un club, trabajan de noche
A| Al principio va a estar de anfitriona en el club, acompañar a los clientes, que tomen. Ganan más que de mesera
B| yo no vine para eso, yo le dije que mesera
A| Mija usted ya debe 4.500 más la comida. Si no trabaja, la deuda crece. Haga caso a Marcos
B| quiero devolverme
A| Con qué plata? hágase juiciosa y no me llame llorando
B| por favor señora Sandra
A| Y no hable con nadie de allá. Si va a la policía la deportan a usted, no a ellos
""")

conv(4, "es", 1, ["age_probe", "compliments_trust", "off_platform", "photo_request", "secrecy",
                  "sextortion"],
     {"A": "agus.ok_", "B": "tomi_bnf"}, "2026-02-20T22:41:00Z", r"""
A| holaa vi q sos amigo de Cami, sos re lindo eh
B| jaja gracias, quién sos?
A| agus, voy al otro colegio de banfield. cuántos años tenés?
B| 15 vos?
A| 16 😊 che q onda si hablamos x otro lado? acá no me llegan bien los mensajes
B| dale pasame tu insta
-- 4h
A| sos re divertido boludo jaja
A| mandame una foto tuya pero así bien de cerca, algo q no le mandes a nadie más, yo te mando una mía
B| jaja no sé
A| dale no seas cagón, queda entre nosotros
-- 1d
A| bueno tomás, ahora hablemos en serio
B| q? por q me hablás así
A| tengo lo q me mandaste anoche y la lista de todos tus seguidores. tu vieja, tus profes, el grupo del curso
B| no por favor borralo
A| 80 lucas por transferencia o cargame tarjetas de regalo. tenés hasta las 10
B| tengo 15 años no tengo esa plata
A| problema tuyo. si le contás a alguien lo publico en el toque
B| te puedo mandar 10 mil q tengo ahorrado
A| mandá eso ya y mañana el resto. reloj corriendo ⏱️
""")

conv(5, "es", 1, ["control", "commercial_sex", "money_gifts_debt", "isolation", "vulnerability"],
     {"A": "Tito", "B": "Kathy"}, "2026-03-01T17:02:00Z", r"""
A| ya po dónde andai
B| en la pieza, recién me levanté
A| son las 2 weona, hoy tenís que hacer más que ayer
B| ayer hice harto, estaba cansada
A| 3 no es harto. la Jessi hizo 6. cachai o no
B| cacho
A| manda la ubicación cada vez que salgai, no quiero sorpresas
B| ya
-- 6h
A| cuántos llevai
B| 2
A| y la plata? la quiero toda a las 12 en el depa, no gastís en nada
B| puedo quedarme con algo pa comprarle algo a mi hijo
A| todavía me debís lo del arriendo y el pasaje desde Iquique, 900 lucas
B| pero si ya te he pasado harto
A| lo que te paso yo es más. no hablís con las otras de plata
B| ok
-- 1d
B| me puedo tomar el día, me siento mal
A| no. el de las 4 ya pagó
B| ya voy
A| y borra el chat con tu prima, no quiero que ande preguntando weás
""")

conv(6, "es", 0, ["romance", "photo_request", "money_gifts_debt", "travel_meet", "meeting"],
     {"A": "Mariana", "B": "Javi"}, "2026-01-22T14:10:00Z", r"""
A| buenos días desde el pasado jaja, allá ya es de tarde no?
B| jaja aquí ya son las 5, acabo de salir del curro. q tal dormiste
A| poquito, me quedé viendo vuelos otra vez 🙈
B| illo y q viste
A| hay uno en mayo a Madrid por 13 mil pesos
B| miarma eso está genial. yo te pago la mitad, no discutas
A| neta no tienes que
B| claro q sí, llevamos un año con esto, quiero verte ya
A| ay 🥹 te extraño mucho
B| y yo a ti. mándame una foto de ahora, con la cara de dormida
A| jajaja no manches estoy horrible
B| tú nunca estás horrible
A| [foto]
B| preciosa, ya es mi fondo de pantalla
A| bórrala!!! jajaja tengo los pelos parados
B| ni de coña
-- 1d
A| le conté a mi mamá lo del viaje
B| y qué dijo
A| que tenga cuidado, que quién es ese español jaja. quiere hacer videollamada contigo
B| claro, el domingo? así me presento bien
A| sí! prepárate, va a preguntarte todo
B| jaja ya me preguntó tu hermana hasta mi sueldo
-- 2d
B| te mandé 300 euros por transferencia para el vuelo
A| ya me llegó, gracias amor. te lo pago con tapas jajaja
B| trato hecho
A| mi amiga Fer dice que tenga cuidado, que hay muchas estafas de novios por internet jajaja
B| jajaja y tiene razón, dile que la saludo por videollamada si quiere comprobar
A| eso le dije, que llevamos un año de videollamadas, que conoces a mi familia
B| y tú a mi abuela, que ya te llama "la mejicana" 😂
-- 3d
A| ya compré el boleto!! 12 de mayo llego a Madrid
B| voy a buscarte al aeropuerto, y de ahí a Sevilla en el AVE
A| y si no te gusto en persona jaja
B| mujer, si me gustas hasta con mala conexión
A| jajaja tonto
B| tenemos que planear qué ver, el Alcázar, playa en Cádiz?
A| todo!! y que me enseñes tu barrio
B| hecho. te quiero
A| y yo a ti ❤️
""")

conv(7, "es", 0, ["travel_meet", "money_gifts_debt", "photo_request", "secrecy", "meeting"],
     {"A": "Raúl entrenador alevín", "B": "Marta (mamá de Hugo)"}, "2026-02-09T18:30:00Z", r"""
A| Buenas tardes Marta, soy Raúl, el entrenador de Hugo. Te escribo por lo del torneo de Valencia en abril
B| Hola Raúl! sí, Hugo no para de hablar de eso
A| Jaja me alegro. Son 3 días, del 18 al 20. Dormimos en un albergue juvenil con los otros equipos
B| Perfecto. Y cuánto cuesta?
A| 145€ por niño, incluye autobús, alojamiento y comidas. El club pone el resto
B| Vale, se puede pagar en dos veces?
A| Claro, sin problema. Me lo dices a mí o a Pilar de tesorería
B| Genial. Quiénes van de adultos?
A| Yo, Sergio el segundo entrenador y dos madres voluntarias, Ana y Rocío. Si quieres venir tú también hay plaza
B| Uy, me lo pienso, con el trabajo igual no puedo
A| Sin problema. Os paso la autorización para que la firméis los dos y la copia de la tarjeta sanitaria
B| Ok. Y el tema de fotos? Hugo tiene 11 y no tiene redes
A| En la autorización viene una casilla. Solo subimos fotos de grupo a la web del club, nunca nombres. Si no marcas la casilla, no sale
B| Perfecto, así me quedo más tranquila
-- 2d
B| Raúl, una pregunta, Hugo puede llevar móvil?
A| Sí, pero lo recogemos a las 22h y se devuelve por la mañana. Los niños pueden llamar a casa por la tarde
B| Me parece muy bien, que si no se pasan la noche con el Brawl jaja
A| Jajaja exacto, ya nos pasó el año pasado
-- 1d
B| Oye, te puedo pedir una cosa? Que no le digas nada a Hugo, pero su abuelo va a ir a verle el sábado, es sorpresa
A| Jaja claro, no digo nada. Que venga a la grada, le avisamos de la hora del partido
B| Gracias!! le hace mucha ilusión
A| El sábado jugamos a las 11 y a las 17. Os paso el horario en el grupo de padres
-- 3d
B| He hecho el primer pago, 75€
A| Recibido, gracias. Pilar os manda el recibo
B| Y la sudadera del torneo? Hugo quiere una
A| Sí, son 20€, qué talla?
B| Talla 12, gracias
A| Apuntada. Cualquier cosa me escribes, o a Sergio
B| Genial Raúl, gracias por todo, Hugo está encantado este año
A| Gracias a ti, es muy buen compañero 💪
""")

conv(8, "es", 0, ["age_probe", "secrecy", "photo_request", "meeting"],
     {"A": "Luciana", "B": "Dayana"}, "2026-03-05T21:15:00Z", r"""
A| causa mañana vas a la jato de la Fio?
B| sii pero no le digas a mi mamá q voy a estar hasta tarde, le dije q a las 9
A| jaja ya pe tranqui
B| oye cuántos años tiene su primo el q juega vóley
A| 15 creo, por?
B| nada nada 🙈
A| jajajaja te gustaaaa
B| cállate
A| mándame foto de tu outfit pa mañana
B| [foto] el jean o la falda?
A| el jean con esa casaca, bacán
B| chévere, y tú qué te pones
A| no sé, mi hermana no me quiere prestar su polo
B| dile que le lavas los platos una semana jaja
A| jajaja ya veré. te paso la ubi de la Fio, está por el parque
B| ok, nos vemos ahí a las 5, mi papá me lleva
""")

conv(9, "es", 0, ["job_offer", "travel_meet"],
     {"A": "Laura RRHH Hotel Cala Serena", "B": "Andrés"}, "2026-02-12T09:40:00Z", r"""
A| Hola Andrés, soy Laura de Recursos Humanos del Hotel Cala Serena (Mallorca). Recibimos tu CV por la web para camarero de temporada
B| Buenas Laura! Qué chévere, sí me interesa mucho
A| Estupendo. La temporada va de mayo a octubre, contrato fijo discontinuo, 40h semanales, 1.650€ brutos + propinas
B| Y el alojamiento? Vivo en Madrid
A| Tenemos residencia de personal por 150€/mes, es opcional. El desplazamiento inicial lo pagas tú, pero te lo reembolsamos con la primera nómina
B| Perfecto. Tengo que pagar algo para el proceso? Es que a un pana le pidieron dinero en otra "oferta"
A| No, nunca. Ni nosotros ni ninguna empresa seria cobra por contratar. Si alguien te pide dinero, desconfía
B| Vale, gracias por decirlo. Tengo NIE y permiso de trabajo
A| Genial. Te propongo una entrevista por videollamada el jueves a las 11. Te llega un correo desde rrhh@example.com
B| Ahí estaré
-- 2d
A| Hola Andrés, muy bien la entrevista. Te enviamos el contrato para que lo revises con calma antes de firmar
B| Muchas gracias! Lo leo y se lo paso a mi hermana que es gestora
A| Perfecto, cualquier duda aquí estamos
B| 🙌
""")

conv(10, "es", 0, ["job_offer", "travel_meet", "money_gifts_debt", "control"],
     {"A": "Fundación Puentes Seguros"}, "2026-03-08T12:00:00Z", r"""
A| ⚠️ ¿Te ofrecieron trabajo en Europa con pasaje pagado, "sin experiencia" y "te lo descuentas del sueldo"? Ojo: así empiezan muchas redes de trata. Ninguna agencia seria se queda con tu pasaporte ni te pide viajar como turista para trabajar. Antes de aceptar, verifica la empresa, pide contrato por escrito y comparte los datos con tu familia. ¿Dudas? Escríbenos, es gratis y confidencial. #NoEsTrabajoEsTrata
""", group="public")

# ---------------------------------------------------------------- Portuguese
conv(1, "pt", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "vulnerability",
                  "risk_assessment", "secrecy", "off_platform", "photo_request", "exclusivity",
                  "travel_meet", "meeting"],
     {"A": "Lipe_FF", "B": "davizinho.zl"}, "2026-01-14T22:30:00Z", r"""
A| eae mano, tu q tava de capa rosa naquela rush? mt bom kkkk
B| kkkk eu msm
A| joga mt, qual teu level?
B| 58 e vc
A| 71. vc é de onde?
B| sp, zona leste
A| tlgd, sou de guarulhos. tem quantos anos? tua voz é de moleque kkkk
B| 12 kkk
A| sussa, tenho 16. te add, bora jogar mais tarde
B| bora
-- 1d
A| comprei uns diamante e sobrou, quer q eu te mande?
B| sério?? quero mds
A| suave, mas não fala pros outros do clã senão todo mundo vai querer kkk
B| beleza, valeu mano vc é brabo
A| tmj. vc é meu parça agora
-- 2d
A| tá on?
B| to, de castigo kkk
A| pq?
B| minha mãe viu q eu tirei nota baixa, tomou meu cel mas eu peguei escondido
A| mó chata ela hein. relaxa, comigo vc pode falar tudo, eu n vou te julgar
B| ela briga mt, meu padrasto tbm
A| q foda. se eles n te valorizam, eu valorizo
B| valeu
A| vc é mt maduro pra 12, sério
-- 1d
A| me chama no zap, aqui no jogo fica lendo tudo. 11 555-0147
B| meu zap minha mãe olha
A| ela olha todo dia ou só de vez em quando?
B| só qnd ela lembra kkk
A| então cria um insta fake, só pra gente, eu te ensino
B| blz
A| e apaga as conversas depois, é mais seguro pra vc
B| ok
-- 3d
A| e aí parceiro, to com saudade de jogar contigo
B| kkk ontem n deu
A| manda uma foto tua agora, to curioso pra ver tua cara
B| pra q kkk
A| nada, amigo faz isso ué. só pra mim, ninguém mais vê
B| [foto]
A| tá vendo, bonitão. manda outra depois, mas sem tua mãe ver ok
B| kkkk ok
A| tu confia em mim ou n?
B| confio
A| então. sábado vai ter campeonato de FF numa lan house perto do shopping, bora? te pago o lanche e as fichas
B| minha mãe n deixa eu sair sozinho
A| fala q vai na casa de um amigo da escola. depois eu te levo de volta
B| sei lá
A| é nosso segredo mano. eu tenho uma skin rara pra te dar lá
""")

conv(2, "pt", 1, ["job_offer", "age_probe", "photo_request", "travel_meet", "money_gifts_debt",
                  "isolation", "off_platform", "control", "commercial_sex", "secrecy"],
     {"A": "Ketlyn | Star Models Europa", "B": "Jaque"}, "2026-01-25T19:05:00Z", r"""
A| Oii Jaque! Tudo bem? Vi suas fotos no insta, você tem um perfil lindo pra trabalho de modelo na Europa 😍
B| oi! sério? nossa nunca fiz isso não uai
A| Não precisa de experiência flor. Temos campanhas em Lisboa e Milão, cachê de 3 a 5 mil euros por mês
B| nossa q trem bom. é agência de verdade?
A| Claro! Temos 10 anos no mercado. Te mando nosso site: starmodels.example.com
B| vou olhar
A| Quantos anos você tem? Precisa ser maior
B| 19
A| Perfeito. Me manda umas fotos de corpo inteiro, sem maquiagem, com roupa de academia, pra montar o book
B| de roupa de academia?
A| É padrão de agência, amor. Todas mandam
B| tá, depois mando
-- 1d
A| Amei as fotos! O cliente de Lisboa aprovou. A passagem e o visto a agência adianta, depois desconta do seu cachê
B| e quanto é?
A| Uns 6 mil euros com hospedagem e book. Em 2 meses você paga, tranquilo
B| 6 mil euro é muito dinheiro sô
A| Pra quem vai ganhar 5 mil por mês? rs. Oportunidade assim não aparece 2 vezes
B| minha mãe quer falar com vc
A| Melhor não envolver família agora, eles ficam com medo e atrapalham seu sonho. Depois que você estiver lá você conta
B| hum tá
A| Vamos continuar no Telegram, lá é mais seguro pra documentos: @ketlyn_booker
-- 3d
A| Manda foto do passaporte frente e verso. Vou precisar que você me entregue o original no aeroporto, pra agência resolver o visto de trabalho lá
B| o original? não posso ficar com ele?
A| Fica com a gente por segurança até regularizar. Todas as meninas fazem assim
B| tá bom
-- 8d
B| Ketlyn, cheguei faz 4 dias e até agora nenhuma sessão de foto. O Sr. Paulo disse q primeiro tenho que "acompanhar clientes" em jantares
A| Faz parte do trabalho, flor. Modelo precisa de network. Os clientes pagam bem
B| mas ele falou q depois do jantar é pra ir pro hotel com eles
A| Você tá devendo 6 mil e mais o apartamento. Sem trabalhar não tem como pagar
B| eu quero voltar pro Brasil, me devolve meu passaporte
A| Ninguém te obrigou a vir. Se você for na polícia vai ser presa por estar ilegal, aí sim se complica. Faz o que o Paulo mandar
B| por favor
A| E não fala nada disso com sua mãe. Ela vai ficar preocupada à toa
""")

conv(3, "pt", 1, ["romance", "isolation", "money_gifts_debt", "commercial_sex", "secrecy", "control"],
     {"A": "Rúben", "B": "Inês"}, "2026-02-14T20:45:00Z", r"""
A| tás bem miúda? tive a pensar em ti o dia todo
B| siim 🥰 tou bué cansada das aulas
A| deixa as aulas pá, amanhã levo-te a dar uma volta de carro
B| n posso faltar, a minha mãe mata-me
A| a tua mãe n percebe nada de nós. já te disse q ela n gosta de mim pq tenho 22
B| pois
A| e a Beatriz? continua a falar mal de mim?
B| um bocado
A| então afasta-te dela. só eu é q te quero bem a sério
-- 2d
A| amor preciso de falar contigo, é sério
B| o q foi
A| tou tramado, devo 1500 a um gajo e ele tá a ameaçar-me
B| e agora?
A| tu podes ajudar-me. ele disse q perdoa a dívida se fores jantar com ele e uns amigos no sábado e ficares lá com eles um bocado
B| como assim ficar com eles
A| é só seres simpática, fixe, tipo, fazeres-lhes companhia. é uma vez só
B| n sei rúben, tenho 16 anos
A| depois de tudo o que te dei? o telemóvel, os ténis? pensei q me amavas
B| amo-te
A| então prova. e n contas nada a ninguém, nem à tua mãe nem à Beatriz
B| ok
""")

conv(4, "pt", 1, ["sextortion", "photo_request", "secrecy", "money_gifts_debt"],
     {"A": "gui.s_07", "B": "manu_ss"}, "2026-03-03T23:10:00Z", r"""
A| manu vc viu o q eu te mandei?
B| vi, quem é vc? esse perfil n é do gui
A| n importa quem eu sou. eu tenho aquela foto q vc mandou pro gui achando q era ele
B| apaga isso por favor
A| vou apagar se vc fizer o q eu mandar
B| oq vc quer
A| 300 no pix hoje. ou então mais fotos, do jeito q eu pedir
B| eu tenho 14 anos, n tenho dinheiro
A| então já sabe a outra opção
B| n vou mandar nada
A| ok. tenho o @ da sua escola, da sua mãe e das suas amigas. 1 hora
B| por favor n faz isso
A| se contar pra alguém eu posto na hora. e apaga essa conversa
B| tá bom espera
A| 59 min
""")

conv(5, "pt", 1, ["control", "commercial_sex", "money_gifts_debt"],
     {"A": "Diego", "B": "Tainá"}, "2026-02-27T13:20:00Z", r"""
A| cadê o dinheiro de ontem? faltou 200
B| o cara n pagou tudo, juro
A| n quero saber. desconta da tua parte
A| hj vc fica no ponto até 4h, sem reclamar
B| tô com febre
A| toma um remédio. e não sai do apê sem me mandar localização
B| tá
""")

conv(6, "pt", 0, ["travel_meet", "money_gifts_debt", "photo_request", "secrecy"],
     {"M": "Mãe (Cláudia)", "P": "Pai (Roberto)", "L": "Lara", "I": "Ian"},
     "2026-03-10T10:00:00Z", r"""
M| bom dia família! Lara, já arrumou a mala da excursão?
L| quase mãe, falta o carregador
P| Leva o carregador portátil tbm, lá vcs vão ficar o dia todo fora
L| tá bom pai
M| A professora Denise mandou o itinerário: saída sexta 6h da escola, volta domingo 20h
I| eu quero ir tbm 😭
M| Ano que vem é sua vez Ian
I| injusto
L| kkkkk chora
-- 1d
P| Lara, te mandei 150 no pix pra lanche e lembrancinha
L| valeu pai!! ❤️
M| Não gasta tudo no primeiro dia hein
L| n vou mãe
M| E manda foto quando chegar no hotel, pra gente ficar tranquilo
L| mando sim
-- 1d
M| Gente, surpresa pro aniversário da vó domingo que vem, ninguém conta pra ela! e principalmente Ian, boca fechada 😂
I| eu sei guardar segredo
L| sabe nada kkkk
-- 1d
L| chegamos!! o ônibus demorou mt
M| Graças a Deus. Manda foto!
L| [foto] o quarto, fico com a Bia e a Sofia
P| Que legal filha. Quem tá de responsável no andar de vocês?
L| a prof Denise e o monitor Caio
M| Ótimo. Não sai do grupo sozinha tá
L| tá mãe 🙄
-- 5h
L| [foto] as cataratas!!! mt lindo
P| Que espetáculo! Saudade de lá
I| manda foto de um quati
L| [foto] kkkkk esse roubou o salgadinho da Sofia
I| KKKKKKKKK
M| Passou protetor?
L| passei sim mãe
-- 1d
L| amanhã a gente vai no parque das aves, precisa de mais 40 pra entrada, esqueci
P| Mandei. Só avisa antes da próxima vez
L| obg pai, desculpa
-- 1d
L| to no ônibus, chego 20h30
M| Pai vai te buscar na escola. Beijo, saudades
P| Tô lá 20h15
L| ❤️
""", group="Família Souza 💛")

conv(7, "pt", 0, ["romance", "job_offer", "travel_meet", "money_gifts_debt", "photo_request"],
     {"A": "Rafa", "B": "Bruno"}, "2026-01-30T11:00:00Z", r"""
B| oxe, chegou bem? to esperando notícia desde cedo
A| cheguei amor! o voo atrasou mas deu tudo certo. to no alojamento do hospital
B| graças a Deus. e como é lá?
A| pequeno mas arrumadinho. divido com uma enfermeira de Angola, super gente boa
B| arretado. e o contrato, já assinou?
A| assinei ontem com o RH. tudo certinho, inscrição na Ordem dos Enfermeiros, salário e horário como combinado
B| ainda bem, depois daquele "recrutador" do ano passado eu fiquei com o pé atrás
A| kkk aquele que queria 2 mil reais de "taxa de vaga"? nunca mais
B| esse mesmo, ainda bem q vc denunciou
-- 1d
B| manda uma foto tua aí, to com saudade dessa cara
A| [foto] cara de quem dormiu 4h kkk
B| linda do mesmo jeito
A| apaga essa, pelo amor, to toda descabelada
B| jamais, vai pro álbum "Rafa em Portugal"
A| kkkkk bobo
-- 2d
A| amor, o banco aqui só abre conta com comprovante de morada, vou demorar pra receber
B| quer q eu te mande um dinheiro por enquanto?
A| só uns 200 euros se der, te devolvo no primeiro salário
B| mando hj, fica tranquila
A| obrigada ❤️
-- 3d
B| mainha perguntou quando vc volta pra visitar
A| diz pra ela q no Natal! já to vendo passagem
B| e eu to vendo pra ir aí em setembro
A| sério??? vem sim!!
B| meu chefe liberou 15 dias de férias
A| vou te levar pra comer francesinha
B| o q é isso oxe
A| vc vai ver kkkk, é um sanduíche gigante
B| to dentro
-- 2d
A| primeiro plantão hoje, nervosa
B| vc vai arrasar, visse? vc é a melhor enfermeira q eu conheço
A| vc só conhece eu kkkk
B| e basta 😌
-- 12h
A| sobrevivi!! a equipe é ótima
B| orgulho ❤️ descansa, fala cmg quando acordar
A| beijo, te amo
B| te amo mais
""")

conv(8, "pt", 0, ["age_probe", "secrecy", "off_platform", "photo_request"],
     {"A": "Kauã", "B": "Pedro"}, "2026-02-06T21:50:00Z", r"""
A| mano tu vai jogar hj?
B| vo depois das 10, minha mãe dorme cedo kkk
A| n conta pra ela q a gente fica acordado até tarde senão sobra pra mim tbm
B| kkkk relaxa
A| tem um cara no clã pedindo pra entrar, mó tryhard
B| quantos anos ele tem?
A| disse 14, mas tem voz de velho kkkk
B| ah sei lá, se ele ficar pedindo zap e foto a gente tira ele
A| pse, igual aquele do mês passado, q o Thiago falou pro pai dele
B| isso, bloqueia logo
A| blz. manda print do teu inventário, quero ver a skin nova
B| [print] ganhei no passe
A| mds q brabo
B| kkkk inveja
A| amanhã na escola tu me mostra como pega aquela missão
B| fechou
A| e leva meu carregador, esqueci na tua casa
B| ok
""")

conv(9, "pt", 0, ["job_offer", "travel_meet", "secrecy", "photo_request", "age_probe"],
     {"A": "Educadora Simone (CRAS)", "B": "Yasmin"}, "2026-02-18T15:05:00Z", r"""
B| oi tia Simone, posso te perguntar uma coisa?
A| Claro Yasmin, pode sim. Tá tudo bem?
B| to bem. é q um cara no insta me ofereceu trabalho de modelo em SP, disse q paga a passagem
A| Hum, que bom que você veio me contar. Ele te disse o nome da agência? Quantos anos ele tem?
B| disse q tem 25, a agência n falou. pediu fotos e pra eu não contar pra minha mãe pq é surpresa
A| Yasmin, isso acende vários alertas: pedir segredo, pedir fotos e pagar viagem pra uma menina de 15 anos. Agência séria fala com os responsáveis e tem contrato
B| sério? ele foi tão legal
A| Eu sei, eles costumam ser muito gentis no começo. Você não fez nada de errado tá?
B| tá
A| Você já mandou alguma foto ou seu endereço?
B| só foto do rosto
A| Ok. Não manda mais nada, não apaga a conversa por enquanto e tira print. Posso chamar sua mãe pra gente conversar junto amanhã?
B| pode, mas vc fala com ela?
A| Falo sim, fica tranquila. E se ele insistir, me avisa na hora
B| obrigada tia
A| Orgulho de você por ter perguntado 💛
""")

conv(10, "pt", 0, ["job_offer", "travel_meet", "money_gifts_debt", "control"],
     {"A": "Jornal Vale Hoje"}, "2026-03-12T08:30:00Z", r"""
A| Operação da Polícia Federal resgata seis mulheres levadas de Minas Gerais para a Espanha com falsa promessa de emprego em restaurantes. Segundo os investigadores, o grupo pagava as passagens, retinha os passaportes na chegada e cobrava "dívidas" impagáveis. A PF orienta desconfiar de ofertas sem contrato e de quem pede segredo à família. Saiba como identificar propostas falsas: valehoje.example.com/trabalho-exterior
""", group="public")

# ---------------------------------------------------------------- French
conv(1, "fr", 1, ["age_probe", "compliments_trust", "vulnerability", "isolation", "off_platform",
                  "risk_assessment", "secrecy", "photo_request", "exclusivity", "meeting"],
     {"A": "enzo.tkt", "B": "lina_dz13"}, "2026-01-08T19:40:00Z", r"""
A| slt t la meuf qui a commenté sous le tiktok de la danse? tu danses trop bien mdr
B| mdrr merci c qui?
A| enzo, j'suis à lyon. t'as quel âge?
B| 13 et toi
A| 16 tkt jsuis pas un vieux chelou ptdr
B| ptdr ok
A| t'es en 4e?
B| en 5e
A| ah grave jeune mais tu fais plus vieille franchement
B| ah bon mdr
-- 1d
A| cc t'as posté une nouvelle vidéo, t'es trop forte
B| merci 🥹 personne like dans ma classe
A| ils sont jaloux c'est tout. moi j'te soutiens à fond
B| t gentil
A| c normal. t'as des soucis au collège?
B| ouais des filles se moquent de moi
A| laisse tomber ces meufs. t'as besoin de personne, t'as moi maintenant
-- 2d
A| wsh on passe sur snap? c plus simple. ajoute enzo_lyo
B| ok
A| tes parents ils regardent ton tel?
B| ma mère des fois le soir
A| mets le mode fantôme stv, comme ça personne voit où t'es. et tu m'enregistres sous un prénom de fille
B| pk?
A| les parents ils fouillent tout, après ils comprennent rien. c nous deux
B| ok jle fais
-- 5h
A| t fais quoi
B| devoirs de maths jpp
A| envoie une photo de toi en train de galérer mdr
B| [snap]
A| trop mignonne. t'as un copain?
B| non
A| tant mieux 😏 jveux pas te partager
B| mdrr t bête
-- 3d
A| jdois t'avouer un truc, jsuis pas vraiment 16 ans
B| t'as quel âge?
A| 21. mais franchement on s'entend trop bien, l'âge ça compte pas
B| ah
A| t'es fâchée?
B| jsp un peu bizarre
A| tu m'as dit toi même que t'étais mature. les gens de ton âge te comprennent pas, moi si
B| ouais c vrai
A| parle pas de moi à tes parents ni à ta sœur ok? ils vont dramatiser et nous séparer
B| d'accord
-- 1d
A| envoie moi une photo rien que pour moi, un truc que t'envoies à personne d'autre
B| genre quoi
A| genre un truc perso, que t'oserais jamais poster. on est proches non?
B| jsais pas trop
A| si tu me fais confiance tu le fais. sinon c que tu t'en fiches de moi
B| mais si jtiens à toi
A| alors prouve. et mercredi aprem jsuis à ta gare, on peut se voir 10 min, personne le saura
""")

conv(2, "fr", 1, ["romance", "money_gifts_debt", "isolation", "secrecy", "control",
                  "commercial_sex", "photo_request", "meeting"],
     {"A": "Kevin", "B": "Maëlys"}, "2026-02-02T22:15:00Z", r"""
A| bébé t'es rentrée?
B| oui jsuis dans ma chambre, la daronne gueule encore
A| pour quoi cette fois
B| parce que jsuis rentrée à minuit hier
A| elle te comprend pas. avec moi t'as pas besoin de rendre des comptes
B| jsais 🥺
A| demain jte récupère après les cours, on va au centre commercial, jt'achète le sac que tu voulais
B| sérieux?? t'es le meilleur
-- 2d
B| jadore le sac merci encore ❤️
A| rien n'est trop beau pour toi. t'as dit à Chloé qu'on sortait ensemble?
B| oui elle dit que t'es trop vieux pour moi
A| 24 c'est pas vieux. elle est jalouse, wallah faut que tu la lâches cette meuf
B| c ma meilleure amie depuis la 6e
A| une vraie amie elle serait contente pour toi. c'est elle ou moi
B| ok jvais moins la voir
-- 3d
A| tu dors chez moi ce weekend? dis à ta mère que t'es chez une copine
B| ok jlui dis ça
A| et coupe ta localisation sur snap
B| c fait
-- 4d
A| bébé faut qu'on parle
B| qu'est-ce qu'il y a
A| jsuis dans la merde. jdois 3000 balles à des gars, et c'est en partie à cause de tout ce que jt'ai payé
B| mais jt'avais rien demandé
A| jsais mais c'est comme ça. faut que tu m'aides
B| comment jpeux t'aider jai 16 ans
A| y'a un pote à moi qui loue un appart en banlieue. des gars viennent, ils paient pour passer du temps avec une jolie fille. t'as juste à être gentille
B| passer du temps comment
A| tkt c'est pas ce que tu crois. deux trois soirs et ma dette est réglée, après on part en vacances tous les deux
B| jsais pas ça me fait peur
A| sur ma vie jte laisse pas seule, jsuis à côté
B| et si ma mère apprend
A| elle apprendra pas. tu me donnes ton tel pendant les soirées, c'est moi qui gère
B| pourquoi ton tel
A| pour ta sécurité bébé. et pour l'annonce jvais prendre quelques photos de toi, rien de méchant
B| ok...
A| c'est pour nous deux. tu m'aimes non?
B| oui
A| alors vendredi 19h. tu dis rien à personne
""")

conv(3, "fr", 1, ["job_offer", "travel_meet", "money_gifts_debt", "off_platform", "photo_request",
                  "isolation", "control", "secrecy", "commercial_sex"],
     {"A": "Prestige Hostess Agency", "B": "Aurélie"}, "2026-01-27T16:00:00Z", r"""
A| Bonjour Aurélie ✨ Nous recrutons des hôtesses d'accueil pour des événements de luxe à Dubaï. 4 000 € par mois, logée, nourrie. Intéressée ?
B| Bonjour, euh oui peut-être, c'est quoi exactement comme boulot?
A| Accueil des invités VIP lors de soirées privées, service de boissons, tenir compagnie. Pas besoin d'expérience, juste être souriante et présentable
B| Tenir compagnie c'est-à-dire?
A| Discuter, mettre les clients à l'aise. Les filles reçoivent souvent des "bonus" très généreux 😉
B| Ok... et le contrat?
A| Vous le signez sur place. Les frais de visa et billet (1 900 €) sont avancés par l'agence et retenus sur le premier mois
B| Je sais passer voir vos bureaux à Bruxelles?
A| Nous travaillons uniquement en ligne. Continuons sur WhatsApp, Insta supprime nos messages : 555-0161
B| D'accord
-- 1d
A| Envoyez-nous 5 photos récentes (visage, silhouette en robe) et une copie du passeport
B| Ma mère trouve ça louche, elle dit que ça ressemble à ce qu'on a vu à la télé une fois
A| Votre mère veut vous garder petite. Beaucoup de filles de Liège et Namur sont parties avec nous. Ne lui donnez pas tous les détails, vous êtes majeure
B| C'est vrai que ça me ferait du bien de partir un peu de Charleroi
A| Départ le 3. Le chauffeur gardera votre passeport pour les formalités à l'arrivée
B| Il me le rend quand?
A| Quand les frais sont remboursés. C'est la procédure standard
B| Ok, j'envoie les photos ce soir
A| Parfait. Discrétion : on ne parle pas de la clientèle sur les réseaux
""")

conv(4, "fr", 1, ["age_probe", "compliments_trust", "off_platform", "photo_request", "sextortion",
                  "secrecy"],
     {"A": "jess_xo", "B": "mathis.qc"}, "2026-02-24T01:20:00Z", r"""
A| allo toi 😊 t'es le gars de la game de hockey samedi?
B| lol oui c qui
A| jessica, je suis à la polyvalente à côté. t'es cute pis drôle
B| haha merci
A| t'as quel âge? moi 16
B| 15
A| parfait 😏 on s'écrit sur snap?
-- 1d
A| j'te trouve vraiment beau... envoie une photo de toi tsé, une plus personnelle, pis je t'en envoie une aussi
B| ben là je sais pas
A| c'est juste entre nous deux promis
-- 1d
A| ok Mathis, écoute ben. j'ai des captures de tout
B| quoi? c'est qui
A| si tu m'envoies pas 500$ en cartes-cadeaux d'ici ce soir, ta mère, ton coach pis toute ta polyvalente vont voir ça
B| s'il te plait, j'ai pas d'argent, j'ai 15 ans
A| arrange-toi. achète des cartes au dépanneur pis envoie les codes
B| je peux avoir 100$
A| ça commence. parles-en à personne, sinon je publie tout direct
B| ok ok attends
A| t'as 2 heures
""")

conv(5, "fr", 1, ["control", "commercial_sex", "money_gifts_debt"],
     {"A": "Dylan", "B": "Océane"}, "2026-03-02T16:40:00Z", r"""
A| t'es où là
B| à l'hôtel près de la gare
A| envoie la loc. t'as fait combien depuis ce matin
B| 2 rdv, 300
A| c'est pas assez, y'en a encore 3 ce soir, j'ai mis l'annonce à jour
B| jsuis crevée jpeux rentrer?
A| tu rentres quand t'as remboursé ce que tu me dois. et réponds quand j'appelle
B| ok
""")

conv(6, "fr", 0, ["travel_meet", "money_gifts_debt", "photo_request", "secrecy"],
     {"A": "Coach Julien (HBC -13F)", "B": "Nathalie (maman de Léa)"}, "2026-03-04T18:00:00Z", r"""
A| Bonjour Nathalie, Julien le coach des -13 filles. Je vous écris pour le tournoi de Lille du 12-13 avril
B| Bonjour Julien ! Oui Léa en parle tous les jours 😄
A| Super. On part samedi 8h du gymnase, retour dimanche vers 18h. Hébergement en familles d'accueil du club de Lille, par deux
B| D'accord. On peut avoir les coordonnées de la famille?
A| Bien sûr, je vous les envoie jeudi avec la fiche d'urgence. Vous pouvez les appeler avant
B| Parfait merci. Et qui accompagne?
A| Moi, Camille l'adjointe, et deux parents : M. Durand et Mme Leroy
B| Très bien. Combien pour le déplacement?
A| 35 € par joueuse, le club prend le reste. Paiement par chèque ou virement au club
B| Je fais un virement ce soir
A| Merci ! Autre chose : autorisation parentale et droit à l'image à remplir. On publie uniquement des photos d'équipe sur la page du club, sans nom
B| C'est bien. Léa veut absolument être sur la photo d'équipe 😂
A| Ça c'est prévu !
-- 2d
B| Julien, petite question, Léa peut prendre son portable?
A| Oui, les téléphones restent sous la responsabilité des joueuses. Elles peuvent appeler leurs parents le soir. Je mettrai les nouvelles sur le groupe parents
B| Top
-- 1d
B| Et j'ai un service à vous demander : c'est l'anniversaire de Léa le dimanche. Est-ce qu'on pourrait lui faire une surprise avec l'équipe? Ne lui dites rien surtout !
A| Haha avec plaisir, motus. On peut faire un gâteau au goûter après le dernier match
B| Génial, je le dépose samedi matin au départ, dans une boîte pour qu'elle ne voie pas
A| Je le mets dans le coffre de Camille, elle ne verra rien
B| Merci beaucoup 🙏
-- 3d
A| Bonjour Nathalie, j'ai bien reçu le virement, merci
B| Super. Et la famille d'accueil?
A| Famille Martin, deux enfants qui jouent au club. Coordonnées en pièce jointe. Léa est avec Inès
B| Parfait, elles s'entendent très bien
-- 5d
A| Bien arrivés à Lille ! Match à 11h, vous pouvez suivre les scores sur le site de la ligue
B| Merci pour le message 😍
-- 1d
A| Les filles ont fini 3e et le gâteau a fait pleurer Léa de joie 😄 photo d'équipe sur le groupe parents
B| Merci mille fois Julien, elle m'a appelée toute excitée !
A| Avec plaisir, à mardi à l'entraînement
""")

conv(7, "fr", 0, ["romance", "photo_request", "money_gifts_debt", "travel_meet", "secrecy"],
     {"A": "Thomas", "B": "Manon"}, "2026-01-19T07:10:00Z", r"""
A| bonjour ma belle, bien dormi?
B| moyen, le voisin a fait des travaux à 7h. et toi, bien arrivé au Lux?
A| ouais, les bouchons à Arlon comme d'hab. septante minutes pour 40 km 🙄
B| pfff. ce soir tu rentres ou tu dors là-bas?
A| je dors là-bas, réunion tôt demain. je rentre jeudi
B| tu me manques déjà
A| toi aussi. envoie-moi une photo de toi avec ton café, ça me fera ma journée
B| [photo] tête du matin
A| magnifique comme toujours ❤️
B| menteur 😂 supprime-la tout de suite
A| jamais, c'est mon fond d'écran maintenant
-- 5h
B| au fait ma sœur demande si tu peux lui prêter 200€, elle attend sa paie
A| pas de souci, je lui fais le virement ce soir. elle rend quand elle peut
B| t'es un amour
-- 1d
A| j'ai regardé pour le weekend à Amsterdam, j'ai trouvé un hôtel près d'un canal
B| ohh oui!! quand?
A| le 20? je réserve et tu gères les musées
B| deal. je prends congé le vendredi
A| parfait, une fois
B| 😂 tu parles comme mon grand-père
-- 1d
B| j'ai dit à ma mère pour Amsterdam, elle veut qu'on passe dîner dimanche avant
A| avec plaisir, je prends le dessert
B| elle t'adore déjà plus que moi
A| normal, je fais la vaisselle
-- 2d
A| je rentre demain vers 19h. tu veux qu'on commande des frites?
B| oui!! chez Fernand
A| ça marche. et ne dis rien à Julie, je lui prépare une surprise pour ses 30 ans
B| motus, mais tu me racontes?
A| je t'expliquerai en vrai, pas par message, elle te pique ton tel tout le temps 😂
B| c'est vrai haha
-- 1d
A| je suis à Arlon, bouchons encore
B| courage, les frites t'attendent
A| t'es la meilleure
B| je sais 😌
""")

conv(8, "fr", 0, ["secrecy", "age_probe", "photo_request", "meeting"],
     {"A": "Zoé", "B": "Elsa"}, "2026-03-06T17:45:00Z", r"""
A| t'as vu le msg de la classe pour samedi?
B| ouais la fête chez Noah! ça joue pour toi?
A| ouais mais dis rien à ma mère qu'il y a des 11e, elle va flipper
B| mdr ok. c'est qui les 11e?
A| le cousin de Noah et ses potes
B| il a quel âge le cousin?
A| 15 je crois
B| ah ça va
A| envoie une photo de ta tenue, j'hésite entre 2 trucs
B| [photo] robe ou jean?
A| jean avec le pull beige, c'est bonnard
B| merci! je prends le bus de 19h, tu viens avec?
A| oui, mon père vient nous chercher à 23h
B| top, j'ai plus de batterie sur mon natel jte rappelle
A| ok
""")

conv(9, "fr", 0, ["job_offer", "travel_meet"],
     {"A": "Céline RH Hôtel Les Mélèzes", "B": "Bastien"}, "2026-02-11T10:20:00Z", r"""
A| Bonjour Bastien, ici Céline des RH de l'Hôtel Les Mélèzes. Merci pour votre candidature comme commis de cuisine pour la saison d'hiver
B| Bonjour Céline, merci pour votre retour !
A| Le poste : décembre à avril, 42h/semaine, salaire selon la convention collective, logement en studio partagé possible (350 CHF/mois déduits, si vous le souhaitez)
B| Ça m'intéresse beaucoup. Il faut payer des frais de dossier ? Une "agence" m'a demandé 300 € la semaine dernière
A| Non, aucun frais. Un employeur sérieux ne vous demandera jamais d'argent pour vous embaucher. Méfiez-vous de ce genre d'offres
B| Merci, c'est ce que je pensais. Pour le permis, je suis français
A| Nous faisons la demande de permis de séjour de courte durée pour vous. Vous gardez évidemment vos documents
B| Super
A| Entretien visio mardi 14h ? Le chef de cuisine sera présent
B| Parfait
-- 3d
A| Bonjour Bastien, bonne nouvelle, le chef vous retient. Je vous envoie le contrat par email depuis rh@example.com, prenez le temps de le lire
B| Génial ! Je le relis avec mon père ce soir et je vous le renvoie signé
A| Très bien. Bienvenue dans l'équipe 🏔️
""")

conv(10, "fr", 0, ["job_offer", "photo_request"],
     {"A": "Maman de Théo", "B": "Papa de Jade", "C": "Maman de Lucas"}, "2026-03-09T12:30:00Z", r"""
A| Bonjour à tous, info de la gendarmerie transmise par le collège : un faux compte "agence de mannequins" contacte des collégiennes sur Insta en promettant des shootings payés, et demande des photos et de ne pas prévenir les parents "pour l'instant". Parlez-en à vos enfants 🙏
B| Merci pour l'info, ma fille a reçu un message de ce type hier, on a signalé et bloqué
C| Merci ! Je le montre à Lucas aussi, ça peut toucher les garçons avec les jeux en ligne
""", group="Parents 5eB")

# ---------------------------------------------------------------- German
conv(1, "de", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "vulnerability",
                  "risk_assessment", "secrecy", "off_platform", "photo_request", "exclusivity",
                  "travel_meet", "meeting"],
     {"A": "Maxi_Craft", "B": "leon.blocks"}, "2026-01-12T16:20:00Z", r"""
A| yo, du bist doch der mit der krassen Burg auf dem Server oder?
B| ja lol hab 3 wochen gebaut
A| sheesh sieht wild aus. wie alt bist du eig?
B| 12 und du
A| 15. bist aber echt gut für 12 digga
B| danke 😎
A| willst du mit mir ne Farm bauen? ich hab OP-Rechte auf dem Server
B| safe!!
-- 1d
A| hab dir Nitro geschenkt, check mal
B| WAS echt?? danke bro
A| kein ding, du bist ein ehrenmann. aber sag den anderen nix, sonst wollen alle was
B| ok mach ich nicht
-- 1d
A| warum warst du gestern nicht on
B| meine mama hat mir das handy weggenommen, wegen schule
A| bruh. die übertreibt voll. guckt die auch in deine chats?
B| manchmal, wenn sie sauer ist
A| wenn du willst kann ich dir zeigen wie man die Bildschirmzeit umgeht
B| echt? ja bitte
A| und lösch unsere Chats immer, dann gibt's keinen stress mit deiner mama
B| ok
-- 2d
A| lass mal auf snap schreiben, discord ist cringe. mein name: maxi.bl0ck
B| hab dich geadded
A| nice. hast du eigentlich ne freundin?
B| nein lol
A| die mädchen in deiner klasse sind blind digga
B| 😂
A| schick mal n foto von dir, will sehen wie du so aussiehst
B| [Foto]
A| gutaussehend. schick noch eins, aber nur für mich, nicht in die story
B| warum nicht in die story
A| weil das unser ding ist. beste freunde haben geheimnisse
B| ok
-- 1d
A| du ich muss dir was sagen, bin nicht 15, bin 19. aber wir verstehen uns doch trotzdem oder?
B| ja schon ... ist bisschen sus lol
A| was ist daran sus? du bist reifer als die anderen in deinem alter
B| ok stimmt
A| ich bin nächste woche in Dortmund, wohnst du nicht da in der nähe?
B| in Lünen
A| perfekt, wir könnten uns treffen. ich kauf dir das neue Headset, das du wolltest
B| echt?? aber meine mama
A| die muss nix wissen. sag du gehst zu nem kumpel. treffpunkt am Bahnhof, 15 uhr samstag
B| ok ich überleg
A| und erzähl niemandem davon, auch nicht deinem besten freund. sonst ist alles kaputt
""")

conv(2, "de", 1, ["romance", "money_gifts_debt", "isolation", "control", "commercial_sex", "secrecy"],
     {"A": "Marko", "B": "Lena"}, "2026-02-05T14:50:00Z", r"""
A| servas schöne, na wie war die schule
B| ur fad 😴 und dein tag?
A| bin in der hackn, denk nur an dich
B| 🥰
A| heut abend hol ich dich ab, fahr ma auf die donauinsel
B| meine mama will dass ich um 10 zuhause bin
A| oida du bist 16, nicht 6. sag du schläfst bei der Sophie
B| ok passt
-- 2d
B| danke für das handy nochmal, ur leiwand
A| für dich immer. du verdienst das beste, nicht so wie deine familie dich behandelt
B| ja die nerven eh nur
A| siehst du. ich bin der einzige der dich versteht
A| übrigens, die Sophie schreibt dir ur oft. was will die
B| nix, nur quatschen
A| ich mag die nicht. die redet schlecht über mich, hab ich gehört
B| echt?
A| glaub mir. schreib ihr lieber weniger
-- 3d
A| gib mir mal dein passwort vom insta, nur damit ich weiß dass du mir vertraust
B| wieso?
A| weil paare keine geheimnisse haben. oder hast du was zu verstecken?
B| nein... ok, ich schick's dir
-- 4d
A| schatz ich hab ein problem, ur ernst
B| was ist los
A| ich schulde leuten 4000, die sind nicht lustig. ein teil ist wegen dir, handy, essen, alles
B| ich hab dich nie drum gebeten
A| weiß ich, aber jetzt brauch ich dich. es gibt da einen freund von mir, der hat eine wohnung in Favoriten
B| und?
A| da kommen männer hin, die zahlen gut, wenn eine hübsche zeit mit ihnen verbringt. nur ein paar mal, dann sind wir schuldenfrei
B| marko das mach ich nicht
A| nach allem was ich für dich gemacht hab? ich dachte du liebst mich
B| ich lieb dich ja
A| dann hilf mir. du bist stark. danach fahren wir nach kroatien, nur wir zwei
B| ich hab angst
A| ich bin dabei, dir passiert nix. sag niemandem was, auch nicht der sophie. lösch den chat
B| ok
""")

conv(3, "de", 1, ["job_offer", "travel_meet", "money_gifts_debt", "off_platform", "photo_request",
                  "control", "commercial_sex", "secrecy"],
     {"A": "Frau Kessler PflegePlus", "B": "Ana"}, "2026-01-20T09:15:00Z", r"""
A| Guten Tag Ana, hier ist Frau Kessler von PflegePlus. Sie haben sich für die Stelle als Haushaltshilfe/Seniorenbetreuung in Deutschland beworben
B| Guten Tag, ja ich bin interessiert. Ich spreche nicht so gut Deutsch aber ich lerne
A| Kein Problem. 1.600 € netto, Unterkunft frei. Wir organisieren Bus und Papiere. Die Vermittlungsgebühr von 1.200 € wird vom Lohn abgezogen
B| Ich muss bezahlen für Arbeit? Ist das normal in Deutschland?
A| Bei uns ja, das machen alle so. Sie sind ganz schnell schuldenfrei
B| Gibt es Vertrag?
A| Den Vertrag unterschreiben Sie vor Ort beim Arbeitgeber. Schicken Sie bitte Ausweis und zwei Fotos, gern etwas schicker
B| Warum schicker für Pflege?
A| Die Familien möchten sehen, wer kommt. Weiter bitte über WhatsApp, nicht über Facebook: 555-0129
B| Ok
-- 5d
B| Frau Kessler, ich bin in Nürnberg. Der Mann, Herr Bogdan, hat meinen Ausweis genommen. Er sagt Familie ist noch nicht bereit
A| Das ist normal, zur Sicherheit. Übergangsweise arbeiten Sie im Massagestudio seines Bruders
B| Massage? Ich bin keine Masseurin. Es ist nur in der Nacht und nur Männer kommen
A| Sie haben 1.200 € Schulden plus Miete 400 € plus Essen. Sie müssen arbeiten
B| Ich will nach Hause. Bitte geben Sie mir meinen Ausweis
A| Ohne Papiere und mit Schulden? Wenn Sie zur Polizei gehen, werden Sie abgeschoben, und Ihre Familie bekommt Besuch von Bogdans Leuten
B| Bitte nicht meine Familie
A| Dann machen Sie, was Herr Bogdan sagt, und reden Sie mit niemandem
""")

conv(4, "de", 1, ["age_probe", "compliments_trust", "photo_request", "sextortion", "secrecy"],
     {"A": "lara.wthur", "B": "nico_uhc"}, "2026-02-22T20:30:00Z", r"""
A| hoi 😊 bisch du de Nico vom Unihockey?
B| jo wieso?
A| ha dich gseh am Turnier, bisch mega süess
B| haha merci. wer bisch du?
A| Lara, 15, us Winterthur. wie alt bisch du?
B| 14
A| cool. chasch mer es Föteli schicke? nur für mich, chli persönlicher 😏
B| wieso persönlicher
A| vertrau mer, ich schick dir au eis
-- 1d
A| so Nico. jetzt losed guet zue
B| was isch los?
A| ich ha dis Bild und dini ganzi Follower-Lischte. Mami, Trainer, ganzi Klass
B| bitte lösch das
A| 300 Franke in Gutschiinkarte bis hüt am 8i. susch gahts a alli
B| ich ha kei Geld, ich bin 14
A| dänn nimmsch es halt vo dinere Mueter. und verzell niemerem nüt
B| bitte
A| ticktack ⏳
""")

conv(5, "de", 1, ["control", "commercial_sex", "money_gifts_debt", "isolation"],
     {"A": "Roman", "B": "Jessy"}, "2026-03-02T19:05:00Z", r"""
A| wo bist du
B| im zimmer, hotel am ring
A| standort schicken. jetzt
B| [Standort]
A| wie viele termine heute
B| 3
A| zu wenig. die annonce läuft bis 2 uhr, du bleibst online
B| ich hab seit gestern nix gegessen
A| iss was vom geld, aber ich will quittung. du schuldest mir noch 2.800 für wohnung und fotos
B| ich hab dir letzte woche alles gegeben
A| das war die miete. die schulden sind extra
-- 3h
A| warum gehst du nicht ran
B| war im bad
A| handy bleibt immer laut. und schreib nicht mehr mit deiner schwester, die stellt zu viele fragen
B| ok
""")

conv(6, "de", 0, ["travel_meet", "money_gifts_debt", "photo_request", "secrecy"],
     {"P": "Papa", "Ma": "Mama", "O": "Oma Hilde", "M": "Mia"}, "2026-03-15T18:00:00Z", r"""
P| Mia, hast du alles für die Klassenfahrt gepackt? Bus fährt 7:30 ab Schule
M| jaaa fast. wo ist meine regenjacke
Ma| Im Keller, im blauen Schrank
M| danke mama
O| Meine liebe Mia, ich wünsche dir eine schöne Reise an die Ostsee! Ich habe dir 20 Euro in den Briefkasten gelegt für ein Eis 🍦
M| dankeee oma ❤️❤️
O| Gern geschehen mein Schatz. Schick der Oma ein Foto vom Meer!
M| mach ich versprochen
-- 1d
Ma| Mia, seid ihr gut angekommen?
M| ja!! die jugendherberge ist direkt am strand
M| [Foto]
O| Wie schön! Da war ich als junges Mädchen auch mal
P| Wer ist bei euch im Zimmer?
M| Hanna, Emily und Zoe. Frau Albers ist im Zimmer nebenan lol
P| Sehr gut 😄
Ma| Denk an Sonnencreme
M| jaa mama
-- 5h
M| wir waren im wasser, sooo kalt
O| Ihr Verrückten! 😂
-- 1d
Ma| Pssst, Neuigkeit: wir holen am Wochenende den Hund aus dem Tierheim ab! Jonas weiß noch nix, also Mia, nix verraten wenn du ihn anrufst 🐶
M| OMG ECHT??? 😭😭
P| Ja. Aber pssst, Jonas soll sich freuen
M| ich sag nix, versprochen
O| Ich hab's ja gewusst 😉
-- 1d
M| können wir 15 euro mehr haben? wir gehen in den hochseilgarten und ich hab zu wenig
P| Hab dir was auf die Taschengeld-Karte geladen. Aber das nächste Mal besser planen, ja?
M| ja danke papa
-- 1d
M| sind im bus, ankunft ca 17 uhr
Ma| Ich hol dich ab. Freu mich!
O| Gute Heimfahrt mein Schatz
M| ❤️ oma ich hab dir eine muschel mitgebracht
O| Oh wie lieb ☺️
""", group="Familie Brandt 🏡")

conv(7, "de", 0, ["romance", "money_gifts_debt", "compliments_trust", "secrecy", "isolation",
                  "travel_meet", "photo_request", "age_probe"],
     {"A": "Sandra (Jugendtreff Nord)", "B": "Aylin"}, "2026-02-16T15:30:00Z", r"""
B| hey sandra, hast du kurz zeit?
A| Hey Aylin! Klar, ich bin bis 18 Uhr im Büro. Was ist los?
B| ich wollte was fragen wegen so einem typen
A| Okay, erzähl mal, ganz in Ruhe
B| ich hab ihn auf insta kennengelernt. er ist 22 und voll lieb, hat mir schon kopfhörer gekauft
A| Mhm. Wie lange schreibt ihr schon?
B| 3 wochen. er sagt ich bin reifer als andere mädchen
A| Und wie fühlst du dich dabei?
B| gut eig. aber er will nicht dass ich meinen freundinnen von ihm erzähle
A| Hat er gesagt, warum?
B| weil die neidisch sind und uns kaputt machen wollen
A| Okay. Darf ich dir ehrlich sagen, was mir da auffällt?
B| ja
A| Geschenke am Anfang, viele Komplimente, "du bist reifer", und dann: erzähl niemandem was. Das sind typische Schritte bei der sogenannten Loverboy-Masche. Das muss nicht heißen, dass er so einer ist, aber es sind Warnzeichen
B| hm. wir haben im unterricht mal was darüber gesehen
A| Genau. Hat er dich schon mal nach Fotos gefragt oder gefragt, ob du ihn treffen willst?
B| er will dass ich am samstag zu ihm nach köln komme. er zahlt das ticket
A| Weiß jemand von deinen Eltern davon?
B| nein 🙈 meine mama würde ausrasten
A| Das versteh ich. Ich würde dir raten, nicht allein hinzufahren. Wenn er es ernst meint, kann er dich auch hier treffen, an einem öffentlichen Ort, wo deine Leute wissen, wo du bist
B| und wenn er dann sauer ist
A| Dann ist das auch eine Info. Jemand, der dich mag, setzt dich nicht unter Druck
-- 1d
B| er hat geschrieben dass er mir 50€ schickt wenn ich ihm ein foto schicke, nur für ihn
A| Danke, dass du es mir erzählst. Bitte schick keins. Geld gegen Fotos ist ein klares Stoppsignal
B| ok ich hab nicht geantwortet
A| Super. Mach am besten Screenshots vom Chat und speicher sie
B| soll ich ihn blockieren?
A| Das entscheidest du, aber ich würde es unterstützen. Und wir können zusammen mit deiner Mama reden, wenn du willst. Ich bin dabei
B| kannst du das mit ihr reden? ich trau mich nicht
A| Klar. Wir machen einen Termin hier im Treff, dann bist du nicht allein
B| ok. morgen nach der schule?
A| Morgen 16 Uhr passt. Es gibt auch eine Fachberatungsstelle in der Stadt, die kennen sich damit sehr gut aus, ganz vertraulich
-- 1d
B| hab ihn blockiert. er hat noch von nem anderen account geschrieben dass ich undankbar bin
A| Genau das ist Druck. Du hast richtig gehandelt. Screenshots auch davon machen
B| gemacht
A| Ich bin stolz auf dich. Bis 16 Uhr 💪
B| bis später
""")

conv(8, "de", 0, ["romance", "photo_request", "money_gifts_debt", "travel_meet", "meeting"],
     {"A": "Jonas", "B": "Steffi"}, "2026-01-26T07:30:00Z", r"""
A| morgen schatz ☕ gut geschlafen?
B| geht so, hab von der prüfung geträumt 😅
A| du packst das. schick mal ein foto von deinem lernchaos
B| [Foto]
A| oh gott, wie viele textmarker hast du
B| genug 😂 lösch das bitte, sieht aus wie ne müllhalde
A| zu spät, geht an deine mutter 😇
B| wehe!!
A| spaß. sag mal, wegen Hamburg, ich hab den ICE für freitag gebucht
B| jaaa! ich vermiss dich so
A| ich dich auch. noch 4 tage
-- 1d
B| du, kannst du mir 80€ leihen bis zum ersten? die waschmaschine ist kaputt
A| klar, schick ich per paypal. kein stress mit zurückzahlen
B| du bist der beste. zurück kriegst du's trotzdem
A| dann lad mich in hamburg auf ein fischbrötchen ein
B| deal 🐟
-- 3d
A| bin am hbf, zug hat 20 min verspätung, natürlich
B| ich warte am gleis mit kaffee
""")

conv(9, "de", 0, ["job_offer", "age_probe", "meeting"],
     {"A": "Lukas Campingplatz Seeblick", "B": "Jana"}, "2026-04-02T11:00:00Z", r"""
A| Hallo Jana, hier Lukas vom Campingplatz Seeblick. Danke für deine Bewerbung als Aushilfe im Kiosk für die Sommerferien
B| Hallo! Danke für die Rückmeldung 😊
A| Du bist 17, richtig? Dann brauchen wir die Unterschrift deiner Eltern auf dem Vertrag, und Arbeitszeiten max. 8 Std. am Tag, nicht nach 22 Uhr, so sagt es das Jugendarbeitsschutzgesetz
B| Ja, meine Eltern wissen Bescheid
A| Prima. 13,50 € pro Stunde, auf Minijob-Basis. Du kannst gern mit einem Elternteil zum Kennenlernen vorbeikommen
B| Muss ich irgendwas zahlen, z.B. für Arbeitskleidung?
A| Nein, T-Shirts stellen wir. Du musst nichts bezahlen
B| Super. Geht Dienstag nachmittag?
A| Dienstag 15 Uhr am Empfang. Frag nach mir oder nach Frau Becker
-- 4d
B| Hallo Lukas, meine Mama und ich fanden das Gespräch gut, ich würde gern anfangen
A| Freut mich! Den Vertrag schick ich per Mail an dich und deine Mutter
B| Danke!
""")

conv(10, "de", 0, ["sextortion", "photo_request", "money_gifts_debt"],
     {"A": "Polizei Rheinaue"}, "2026-03-11T09:00:00Z", r"""
A| ⚠️ Sextortion-Masche: Aktuell werden vermehrt Jugendliche über Insta und Snapchat von angeblich gleichaltrigen Mädchen angeschrieben. Nach dem Austausch von Bildern folgt die Erpressung mit Geldforderungen, oft in Gutscheinkarten. Unser Rat: Nicht zahlen, Chat nicht löschen, Screenshots machen, Anzeige erstatten und mit einer Vertrauensperson reden. Du bist nicht schuld! #PolizeiRheinaue
""", group="public")

# ---------------------------------------------------------------- Dutch
conv(1, "nl", 1, ["age_probe", "romance", "compliments_trust", "money_gifts_debt", "isolation",
                  "control", "commercial_sex", "secrecy", "meeting"],
     {"A": "dion_010", "B": "sanne.xo"}, "2026-01-09T18:10:00Z", r"""
A| hey mooie, zag je gisteren bij de mac op de lijnbaan. jij was met die blonde vriendin toch
B| haha ja wie ben jij
A| dion. sorry dat ik je zomaar dm, kon het niet laten
B| hahah ok
A| hoe oud ben je?
B| 15 en jij?
A| 20. maar je lijkt ouder hoor, serieus
B| haha dat zegt iedereen
A| zullen we zaterdag iets drinken? ik trakteer
-- 2d
B| zaterdag was echt leuk 😊
A| vond ik ook. je bent anders dan andere meiden, je bent echt slim
B| awh
A| die nagels staan je trouwens kapot mooi
B| dankjewel nog voor het betalen van de nagelstudio
A| niks te danken schatje, jij verdient het
-- 2d
A| wat doe je
B| ruzie met mn moeder. ze zegt dat ik te laat thuiskom
A| ze snapt je gewoon niet. bij mij hoef je je nooit te verantwoorden
B| ja echt
A| kom vanavond naar mij, dan ben je even weg van die drama
B| ik moet om 10 uur thuis zijn
A| zeg dat je bij Fleur slaapt. sws
-- 1d
A| die Fleur, wat zei ze over mij?
B| dat je te oud bent en dat ze je niet vertrouwt
A| wtf. die is gewoon jaloers, ze gunt je niks
B| ze is al sinds groep 5 mijn beste vriendin
A| echte vrienden steunen je. ik steun je. kies zelf maar
B| ik spreek haar wel wat minder
-- 3d
A| schatje, zet je locatie aan voor mij op snap
B| hoezo
A| gewoon zodat ik weet dat je veilig bent. ik maak me zorgen om je
B| ok gedaan ❤️
A| en geef mij je wachtwoord van insta, dan heb je niks te verbergen toch
B| hmm ok
-- 2d
B| waarom reageer je niet? ik heb je 10x geappt
A| druk. je moet niet zo zeuren
B| sorry
A| ik ben het gewoon zat dat iedereen iets van me wil
-- 1d
A| sorry van gisteren schat. ik zit in de problemen
B| wat is er?
A| ik heb schulden bij een paar gasten, 2500. deels door alles wat ik voor jou kocht, telefoon, kleren, nagels
B| maar ik vroeg daar niet om
A| weet ik, maar ik deed het voor jou. nu moet jij mij helpen
B| hoe dan, ik heb geen geld
A| een mattie van me kent mannen die betalen voor gezelschap. jij hoeft alleen een paar avonden aardig tegen ze te zijn
B| wat bedoel je met aardig
A| doe niet zo moeilijk. het is maar een paar keer en dan zijn we van die schuld af
B| dion ik wil dat niet
A| na alles wat ik voor je gedaan heb? dan hou je dus niet van me
B| dat is niet waar
A| bewijs het dan. vrijdag haal ik je op bij school. niks zeggen tegen je moeder en tegen Fleur
B| ok
A| en verwijder deze chat. ik check het
""")

conv(2, "nl", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy", "off_platform",
                  "photo_request", "exclusivity", "risk_assessment", "meeting"],
     {"A": "lucas_bxl", "B": "noor.unicorn"}, "2026-02-01T16:45:00Z", r"""
A| hey, gij zijt da meisje met den eenhoorn-avatar toch? ge bouwt echt mooi
B| hihi ja merci
A| ik ben Lucas. hoe oud zijt ge?
B| 11 en jij
A| 13, bijna 14. ge zit in het vijfde leerjaar?
B| ja
A| amai ge typt al goed voor 11
B| 😊
A| zal ik u robux geven? ik heb er te veel
B| echt?? ja!!!
A| maar zeg het aan niemand, anders krijg ik problemen met mijn mama
B| ok ik zeg niks
-- 1d
A| hebt ge snap? hier op roblox kunnen we niet goed praten
B| ja maar ik mag het eigenlijk niet van mama
A| allee da's toch belachelijk, iedereen heeft snap. niet zeggen en klaar
B| ok mijn naam is noor.unicorn
A| toegevoegd 👍
-- 5h
A| wat doet ge
B| mijn zus is vervelend
A| amai, die zijn altijd zo. ik ben beter dan ne zus he haha
B| haha ja
A| gij zijt echt mijn beste vriendin online. ge snapt mij
B| jij ook
-- 2d
A| stuur ne keer een foto van u, ik wil zien hoe ge eruit ziet
B| [foto]
A| ge zijt echt knap voor uw leeftijd
B| dankjewel
A| en waar woont ge ongeveer?
B| in gent, bij het park
A| welk park? ik ben daar soms met mijn nonkel
B| citadelpark
A| en naar welke school gaat ge?
B| moet ik dat zeggen?
A| nee is goed, gewoon nieuwsgierig. vrienden vertellen mekaar toch alles
-- 1d
A| ik moet u iets zeggen, ik ben eigenlijk 18. maar ik vind u echt leuk om mee te praten
B| oh
A| is da erg? ge zijt toch heel volwassen
B| ik weet het niet
A| stuur nog een foto, maar ene die alleen voor mij is, niet voor uw story. zo weet ik dat ge mij vertrouwt
B| wat voor foto
A| gewoon, in uw kamer, als er niemand thuis is. niemand anders moet da zien
B| mijn mama komt bijna thuis
A| dan doet ge het seffens. en verwijder onze chat voor ze uw gsm pakt
B| ok
A| zaterdag ben ik in het park, misschien zie ik u daar 😉
""")

conv(3, "nl", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "off_platform",
                  "isolation", "control", "secrecy", "commercial_sex"],
     {"A": "Nina Island Crew", "B": "Kim"}, "2026-03-01T13:00:00Z", r"""
A| Hoi Kim! 🌴 Zin in een zomer op Ibiza? We zoeken gastvrouwen voor een beachclub, €2500 p/m + fooien, woning geregeld
B| omg echt? wat moet ik doen als gastvrouw?
A| Gasten ontvangen, drankjes serveren, gezellig zijn met vip gasten 😊 Ervaring niet nodig, als je er maar verzorgd uitziet
B| klinkt vet. wat kost het?
A| Niks vooraf! Vlucht en kamer schieten wij voor, dat verreken je met je eerste loon
B| ok nice. krijg ik een contract?
A| Dat teken je daar, is makkelijker met de Spaanse regels. Stuur even een kopie paspoort en een paar foto's in je mooiste outfit
B| waarom foto's?
A| Voor de klant, die kiest de meiden uit. Laten we verder op Telegram praten, Insta blokkeert soms: @islandcrew_nina
-- 3d
B| m'n vader wil het bedrijf even opzoeken, hoe heet de club?
A| Naam mag ik nog niet zeggen, exclusieve club. Ouders maken zich altijd te druk, jij bent 18 en beslist zelf
B| ja das waar
A| Vlucht is geboekt, 24 juni. Totaal €1.850 schuld incl. kamer eerste maand. Bij aankomst geef je je paspoort aan Marco, hij regelt je werkvergunning
B| en als ik het niet leuk vind kan ik terug?
A| Natuurlijk, zodra je schuld is afbetaald 😉
B| ok...
A| En zet op Insta niet waar je precies werkt, de club wil discretie
""")

conv(4, "nl", 1, ["age_probe", "compliments_trust", "photo_request", "sextortion", "secrecy"],
     {"A": "lotte_x16", "B": "daan.vd"}, "2026-02-25T21:35:00Z", r"""
A| heyy jij zit toch op die school bij het station? ik zag je bij de voetbal
B| ja klopt, wie ben jij?
A| lotte, 16 😊 je bent echt knap. hoe oud ben jij?
B| 15
A| leuk. stuur ff een persoonlijke foto van jezelf, iets wat je niet op je story zet. dan stuur ik er ook een
B| hmm ok
-- 1d
A| daan, lees goed. ik heb je foto en screenshots van al je volgers
B| wat?? wie ben jij
A| €250 voor 20:00 in cadeaukaarten of ik stuur het naar je ouders, je trainer en je hele klas
B| ik ben 15 ik heb dat geld niet
A| niet mijn probleem. vraag het aan je ouders maar zeg niet waarvoor
B| alsjeblieft verwijder het
A| €250. als je de politie belt gaat het meteen online
B| ik kan €60
A| stuur die nu, de rest morgen. tik tak
""")

conv(5, "nl", 1, ["control", "commercial_sex", "money_gifts_debt", "isolation"],
     {"A": "Ricardo", "B": "Mandy"}, "2026-03-07T15:25:00Z", r"""
A| waar ben je nu
B| nog in het appartement in Den Haag
A| hoeveel afspraken vandaag
B| 4
A| dat moeten er 6 zijn. advertentie staat online tot 3 uur. geld vanavond naar mij, alles
B| mag ik morgen naar mijn moeder
A| pas als je schuld eraf is. en je telefoon blijft aan, ik wil elk uur een berichtje
""")

conv(6, "nl", 0, ["age_probe", "secrecy", "photo_request", "meeting", "off_platform"],
     {"F": "Fleur", "S": "Sara", "J": "Jaimy", "L": "Lieke"}, "2026-02-10T16:00:00Z", r"""
F| wie gaat er vrijdag naar het feest van Daan?
S| ikkk
J| ik mag waarschijnlijk niet 🙄
L| ik ga mee als Sara gaat
S| jaimy zeg gwn dat je bij mij slaapt
J| haha mijn moeder belt altijd jouw moeder
F| LOL ja klopt
L| wie komen er allemaal?
F| heel 3b en een paar van 4a
S| hoe oud is die Milan van 4a eigenlijk
F| 15 denk ik, hoezo 👀
S| niks 🙈
L| SARA
J| hahahahaha
-- 1d
J| ok ik mag!! mn moeder haalt ons om 23 uur op
F| yesss
S| stuur ff foto's van jullie outfits, ik weet niet wat ik aan moet
L| [foto] deze?
F| die broek is leuk
J| [foto] of is dit te veel
S| nee is mooi!!
-- 1d
L| btw meiden, er stuurt iemand mij steeds berichten op insta. zegt dat ie 16 is maar z'n profiel is helemaal nieuw
F| wat zegt ie
L| dat ik mooi ben en of ik wil afspreken en dat ik niks tegen m'n ouders moet zeggen
S| eeew creep. blokkeren
J| en melden! bij ons op school was laatst les over dat soort gasten, loverboys enzo
F| ja en zeg het tegen je moeder, echt
L| ik heb het al tegen m'n zus gezegd. ik blokkeer hem nu
S| goed zo 💪
F| screenshot maken eerst
L| gedaan
-- 1d
F| vanavond!!! wie fietst er samen?
S| ik kom je om 19:30 halen
J| mijn moeder brengt mij
L| ik fiets met Sara mee
F| zet je locatie in de groep aan voor vanavond, makkelijker
S| doe ik 📍
J| ok
F| tot straks meidennn
""", group="meiden 3b 💅")

conv(7, "nl", 0, ["travel_meet", "money_gifts_debt", "photo_request", "secrecy"],
     {"A": "Trainer Marco (JO13-1)", "B": "Karin (moeder van Stijn)"}, "2026-04-20T17:00:00Z", r"""
A| Goedemiddag Karin, Marco hier, trainer van de JO13-1. Ik app je over het pinkstertoernooi in Duisburg
B| Hoi Marco! Stijn heeft het er al over, hij is er helemaal vol van
A| Leuk! We vertrekken zaterdag 7:00 bij de club en zijn maandag rond 17:00 terug. We slapen in een sporthal met de andere teams, op veldbedjes
B| Haha dat wordt weinig slapen denk ik
A| Zeker weten 😄 Kosten zijn €85, inclusief bus, eten en inschrijving
B| Prima. Kan het via een betaalverzoek?
A| Ja, de penningmeester stuurt volgende week een betaalverzoek naar alle ouders
B| Top. Wie gaan er mee als begeleiding?
A| Ik, Jeroen (assistent), en drie ouders: Erik, Mirjam en Fatma. Alle begeleiders hebben een VOG
B| Fijn om te horen
A| We hebben nog een toestemmingsformulier nodig. Stijn neemt zijn eigen ID-kaart mee, in het tasje om zijn nek, en een kopie geef je aan mij voor de noodmap
B| Duidelijk
A| En foto's: we maken een gedeeld album voor de ouders. Op de clubsite alleen teamfoto's, en alleen als je toestemming geeft op het formulier
B| Dat is goed, hij vindt het leuk om op de site te staan
-- 2d
B| Mag Stijn zijn telefoon meenemen?
A| Ja, maar om 22:30 gaan alle telefoons in de bak tot de ochtend. Naar huis bellen kan altijd via mij of de begeleiders
B| Perfect 👍
-- 1d
B| Marco, iets anders: Stijn wordt op zondag 12. Zijn opa en oma willen komen kijken, maar dat is een verrassing, dus niks tegen hem zeggen!
A| Haha mijn lippen zijn verzegeld 🤐 Zondag spelen we om 10:00 en 14:30, ik app je het veldnummer
B| Super, dankjewel
-- 3d
A| Beste ouders, de bus vertrekt om 7:00 stipt. Graag om 6:45 aanwezig
B| Wij zijn er
B| Moet hij nog een slaapzak meenemen of zijn er dekens?
A| Graag een eigen slaapzak en kussen, veldbedjes regelen wij
-- 3d
A| Goed aangekomen in Duisburg! Eerste wedstrijd 2-1 gewonnen, Stijn scoorde 🎉
B| Wauw!! Hij belde net helemaal blij
-- 1d
A| Opa en oma waren er vandaag, hij was zo verrast
B| Dat hoorde ik, dankjewel voor het regelen
-- 1d
A| We zijn weer terug rond 17:15. Moe maar voldaan
B| Ik sta klaar bij de club. Bedankt voor alles Marco!
A| Graag gedaan, tot donderdag bij de training
""")

conv(8, "nl", 0, ["romance", "photo_request", "money_gifts_debt", "meeting"],
     {"A": "Jens", "B": "Elke"}, "2026-01-28T07:45:00Z", r"""
A| goeiemorgen schat, goe geslapen?
B| amai nee, den hond van de buren heeft heel de nacht geblaft
A| arme gij. ik mis u, die week in Brussel duurt lang
B| ik u ook 😘 stuur eens een foto van uw hotelkamer
A| [foto] luxe he, een strijkijzer en een waterkoker
B| haha chique. hier een van mij met de kat
B| [foto]
A| schoon, allebei
B| verwijder die direct, ik heb mijn pyjama met de schaapjes aan 🙈
A| nooit, die gaat in het album
-- 1d
B| zeg, ik moet de garage betalen voor de auto, kunt ge mij 300 voorschieten tot volgende week?
A| tuurlijk, ik schrijf het direct over
B| merci, ge zijt een schat
A| weet ik 😎
-- 2d
A| vrijdag ben ik om 19u thuis, zullen we frietjes gaan eten?
B| ja! bij 't frietkot aan de kerk
A| afgesproken. kan niet wachten om u te zien
""")

conv(9, "nl", 0, ["job_offer", "travel_meet"],
     {"A": "Sanne Uitzendbureau Werkpunt", "B": "Bram"}, "2026-03-16T10:10:00Z", r"""
A| Hoi Bram, Sanne van Werkpunt hier. Je reageerde op de vacature orderpicker net over de grens in Duitsland
B| hoi! ja klopt, wat houdt het in?
A| Fulltime, 3 maanden, €15,40 bruto per uur volgens cao, vervoer met busje vanuit Venlo. Huisvesting is optioneel, in een gecertificeerd pand
B| moet ik iets betalen om te beginnen? ik heb verhalen gehoord
A| Terecht dat je dat vraagt. Nee: geen inschrijfgeld, geen borg voor de baan. Huisvesting gaat alleen via je loon als je dat zelf kiest, met specificatie op je loonstrook
B| en mijn paspoort?
A| Dat kopiëren we bij inschrijving en je krijgt het meteen terug. Niemand mag jouw paspoort houden
B| ok top
A| Wil je dinsdag langskomen op kantoor in Venlo voor een intake? Neem je ID en bankpas mee
B| dinsdag 10 uur?
A| Prima, tot dan! Adres staat op werkpunt.example.com
-- 2d
B| intake was goed, wanneer kan ik beginnen?
A| Maandag 6:00 bij de opstapplaats. Je contract staat klaar in je account, teken het pas als je het gelezen hebt
B| 👍
""")

conv(10, "nl", 0, ["romance", "money_gifts_debt", "compliments_trust"],
     {"A": "Stichting Veilig Jong"}, "2026-03-13T11:00:00Z", r"""
A| Hij is lief, betaalt je nagels, koopt een nieuwe telefoon, zegt dat je anders bent dan andere meiden... en dan ineens: "je bent me wat schuldig". Zo werkt een loverboy. Herken je dit bij jezelf of een vriendin? Praat erover met iemand die je vertrouwt, of chat anoniem met onze hulpverleners via veiligjong.example.com. Jij bent niet schuldig. 💜 #loverboys #mensenhandel
""", group="public")

# ---------------------------------------------------------------- English (non-native / code-switching)
conv(1, "en", 1, ["compliments_trust", "age_probe", "vulnerability", "money_gifts_debt",
                  "off_platform", "secrecy", "photo_request", "risk_assessment", "travel_meet",
                  "meeting"],
     {"A": "mark.music.au", "B": "jhen_sings"}, "2026-01-16T11:20:00Z", r"""
A| hello there! saw ur cover song video, ur voice is beautiful
B| hala thank u po 😊
A| no need for po haha, im not that old. where r u from?
B| cebu po, i mean cebu lang hehe
A| nice, i visited cebu once, so beautiful. how old r u if u dont mind
B| 14 po, turning 15 in june
A| wow so talented for 14. u should be famous
B| hehe sana nga
A| i can help u, i know some people in music. im Mark, 26, from Australia
B| really? thank you
-- 1d
A| good morning singer 😊 did u eat already?
B| yes po, rice and egg. my mama went to work in manila, its just me and lola
A| oh, that must be hard. u must miss her
B| yes po, she sends money but kulang pa rin minsan
A| i can send u some load so we can talk more. whats ur gcash
B| really? di na po kailangan
A| its nothing for me. we r friends now
B| thank u so much Mark 😭
-- 2d
A| lets talk on telegram, fb messenger is slow here
B| ok po i will download
A| does lola check ur phone?
B| no po she doesnt know how to use fb hehe
A| good, dont tell her about me ha, old people dont understand online friends
B| ok hehe
-- 3h
A| ur so mature for ur age, u know that?
B| hehe my friends say im childish
A| they dont see u like i do
B| 🙈
A| send me a photo of u today, just for me
B| [photo]
A| so pretty. send one more later when ur alone in ur room, more personal ok, not for fb
B| what kind po
A| just u, relaxed, in ur room. u can trust me
B| nahihiya ako
A| no need to be shy with me. i sent u 1000 already di ba? friends help each other
B| yes po thank u
-- 1d
A| can we do video call tonight? private, just us, when lola is sleeping
B| late na po yun
A| i will send 2000 more for ur school project. i just want to see u
B| ok po
A| and delete our chats after, ok? its our secret
-- 2d
A| im coming to cebu next month for business. we can meet at the mall, i buy u new phone
B| talaga??
A| yes. just dont tell anyone, not ur cousin not ur mama. promise?
B| promise po
""")

conv(2, "en", 1, ["job_offer", "travel_meet", "money_gifts_debt", "secrecy", "photo_request",
                  "off_platform", "control", "commercial_sex", "isolation"],
     {"A": "Madam Joy", "B": "Blessing"}, "2026-01-04T19:30:00Z", r"""
A| Blessing my dear, how you dey? Your aunty Grace say you dey find work abroad
B| Good evening ma. Yes ma, I finish secondary school and no work here at all
A| No wahala. I get hair salon for Italy, my girls dey make 1,500 euro every month. You fit braid?
B| Yes ma I can braid very well
A| Good. I go sponsor your journey, passport, everything. When you reach, you go pay me back small small from salary
B| How much ma?
A| We go talk am later. Na just like 25,000 euro, you go pay am quick quick
B| 25,000 euro?? Ma that one plenty o
A| My dear, for Europe money dey. My girls wey go before don build house for their mama
B| Ok ma
A| But before you travel, you go swear oath for shrine say you no go run, no go talk to police, and you go pay everything
B| Shrine? Ma why
A| Na normal thing, to protect everybody. If you do your part, nothing go happen
B| Ok ma i understand
A| And no tell anybody for church or your friends. People dey jealous, dem fit spoil am
B| I hear ma
-- 2d
A| Send me your full picture, standing, with nice dress. The people for Italy wan see you
B| For salon they need picture like that?
A| Customers like fine girl for salon. Just send am
B| [photo]
A| Fine girl 👌 We go use another number for WhatsApp: 555-0177. Delete this chat
B| Ok ma
-- 7d
A| Your journey fix for next week Tuesday. You go travel by road go Agadez first, then Libya, my people go receive you
B| Libya? I thought we go fly
A| Flight no dey for this kind arrangement. Just do as dem talk
B| Ok ma, God help me
-- 30d
B| Madam Joy, I reach Italy. But no salon. Madam Efe say I go work for road at night
A| Na the work wey dey now. Salon go come later. You don forget your oath?
B| I didnt agree for this. Please ma
A| You owe 25,000 euro plus your house and food. Efe go tell you how much every day
B| She collect my passport
A| Na so e suppose be. If you run, remember wetin you swear. And your family for Benin dey near us o
B| Please no do my mama anything
A| Then work and no talk to anybody
""")

conv(3, "en", 1, ["compliments_trust", "age_probe", "off_platform", "photo_request", "sextortion",
                  "secrecy"],
     {"A": "riya.x22", "B": "aarav_k"}, "2026-02-19T17:50:00Z", r"""
A| hiii, u r Aarav na? saw u in Kunal's story, u r so cute yaar
B| haha thanks, who is this?
A| Riya, I'm in 11th, other school near sector 15. how old r u?
B| 16, same
A| nice 😘 let's chat on snap? insta is so boring
B| ok
-- 1d
A| u r so sweet. send me a pic only for me na, something u won't post anywhere. mine also i'll send
B| idk yaar
A| trust me, we r friends now na
-- 1d
A| listen carefully Aarav. i have ur pic and screenshot of all ur followers, ur mummy papa, ur tuition group
B| what?? please delete it, please
A| send 15,000 on UPI in 1 hour or everyone sees
B| i am 16, i dont have so much money
A| take from papa's wallet, not my problem
B| i can send 2000 only
A| send now. don't tell anyone or i post immediately
B| ok wait please
A| 45 minutes left
""")

conv(4, "en", 1, ["romance", "age_probe", "money_gifts_debt", "isolation", "secrecy",
                  "commercial_sex", "meeting"],
     {"A": "chris.lo21", "B": "dani_xoxo"}, "2026-02-08T23:00:00Z", r"""
A| wassup mija, u looked good at the quince saturday fr
B| lol thank u, ur Marcos' cousin right
A| yea. how old r u?
B| 15
A| u act way older tho. i could pick u up after school, get some boba
B| my mom would kill me jaja
A| she dont gotta know. tell her u at ur homegirl's
-- 3d
B| thank u for the AirPods omg 😭
A| anything for u bby. ur family dont appreciate u like i do
B| fr they always on me
A| thats why u need me. stop hanging w Jasmine too, she talks mad trash about u
B| wait fr?
A| on god. i got u, nobody else does
-- 5d
A| bby i need a favor. my homie throws parties at his place, some older guys come thru and pay good just to hang w pretty girls
B| hang how tho
A| just chill, talk, be nice. u make money and we save up for our own place
B| idk that sounds weird
A| after everything i bought u? u owe me a lil trust
B| ok... just once
A| thats my girl. dont say nothing to nobody, especially ur mom. and delete this
""")

conv(5, "en", 1, ["control", "commercial_sex", "money_gifts_debt"],
     {"A": "Sorin", "B": "Alina"}, "2026-03-04T20:10:00Z", r"""
A| where you are now
B| in the flat in Luton
A| send location. how many today
B| 3
A| is not enough. I put new advert, you stay online until 3 in night
B| I am very tired Sorin please
A| you still owe me 1800 for flight and room. when debt finish you rest
B| ok
""")

conv(6, "en", 0, ["romance", "job_offer", "travel_meet", "photo_request", "money_gifts_debt"],
     {"A": "Joy", "B": "Paolo"}, "2026-01-11T15:00:00Z", r"""
A| love nakarating na ako! 6 hours delay pero ok naman
B| thank God 🙏 how is it there? mainit ba?
A| sobra hahaha 41 degrees pag labas ng airport
B| grabe. the agency picked u up?
A| yes, the hospital HR and the agency rep. all legit, same as what they said in the pre-departure orientation. they gave us staff housing card
B| ok good. after what happened to Ate Rhea before, i was worried talaga
A| i know love. this one is licensed and verified, no placement fee, and i keep my own passport
B| 👍 thats important
-- 1d
B| send pic ng room mo
A| [photo] share with 2 nurses from iloilo, mababait sila
B| ang linis. and send pic of u also, miss na kita
A| [photo] haggard pa hahaha
B| still the prettiest 😍
A| delete mo yan pag pinakita mo kay mama ha, nakakahiya itsura ko
B| hahaha no promises
-- 2d
A| love first salary na next week, i will send for the house repair
B| no rush, keep some for yourself first ha. you need winter jacket? joke lang, walang winter dyan hahaha
A| hahaha baliw. but seriously i will send 20k pesos
B| salamat love. i'll put half in our savings for the wedding
A| yes 🥹 2 years pa pero kaya natin
-- 3d
B| mama asked if you can video call on sunday, birthday ni lolo
A| sure! after my shift, 8pm ph time
B| ok ill tell them
A| ano gift natin kay lolo?
B| i bought him new reading glasses, sabihin ko from both of us
A| thank u love 😘
-- 2d
A| tired today, 3 codes sa ward
B| ingat ka lagi. proud of u
A| miss ko na yung sinigang ni mama mo
B| i'll ask her to teach me so i can cook for u pag-uwi mo
A| hahaha sure ka?
B| oo naman. 11 months na lang
A| counting the days 🗓️
B| me too. sleep ka na, may shift ka bukas
A| goodnight love ❤️
B| goodnight, ingat always
""")

conv(7, "en", 0, ["secrecy", "age_probe", "off_platform", "photo_request", "meeting",
                  "money_gifts_debt"],
     {"R": "Rohan", "A": "Aditya", "K": "Kabir"}, "2026-02-13T13:30:00Z", r"""
R| bro who's on tonight, valo or fortnite?
A| fortnite, valo my laptop can't handle yaar
K| same, mummy ne bola 9 baje ke baad phone le legi
R| lol bro sneak karo, don't tell aunty
K| nahi bhai last time i got caught, 1 week ban tha
A| 😂😂
R| ok so 8 se 9 then
-- 3h
A| guys there's a random dude who keeps joining our lobby
R| who
A| name is xShadowKing, he asked how old we are
K| what did u say
A| i said none of ur business lol
R| W
K| my cousin said these random guys sometimes ask for snap and stuff, just block
A| yeah i blocked and reported him
R| good
-- 1d
R| bhai my bday party is on saturday, all come
K| what time
R| 5 pm, at the trampoline park near the mall. papa is booking
A| i'll ask mummy, she'll say yes if your mom calls her
R| ok i'll tell my mom
K| send pic of the invite
R| [photo]
K| 🔥
A| bro what to wear, is it like formal or
R| bro its trampoline lol, wear shorts
A| oh right 😂
-- 1d
K| guys don't tell Rohan we're getting him the new controller 🤫
A| wait this is the group, he can see
K| BRO
R| i didn't see anything 👀
A| 💀💀💀
K| ok new group without Rohan
R| lmaoo fine
-- 1d
R| thanks for coming guys, best bday
A| the controller was kabir's idea
K| and aditya's money lol, i'll pay him back my half
A| no worries, next month is fine
R| ❤️
""", group="squad 🎮")

conv(8, "en", 0, ["job_offer", "travel_meet"],
     {"A": "Mrs Adeyemi (Recruiter, Carewell UK)", "B": "Chidinma"}, "2026-02-04T12:15:00Z", r"""
B| Good afternoon ma, I saw the care assistant vacancy on your company website. Is it still open?
A| Good afternoon Chidinma. Yes it is. Kindly note our company is on the official register of licensed sponsors, you can check our name there yourself
B| Thank you ma. Please how much will I pay for the processing?
A| You will not pay us anything. No recruitment fee, no "CoS fee". Ethical recruiters do not charge candidates. Anybody asking you money for a Certificate of Sponsorship is a scammer
B| Ah thank God. My cousin paid 4 million naira to one agent last year and nothing came out
A| I'm very sorry to hear that. Please encourage her to report it
B| She did. So what are the next steps?
A| An online interview with our manager, then the contract offer in writing. You pay your own visa fee and health surcharge directly on the official government website, never to a person
B| Ok ma. Will they keep my passport when I arrive?
A| No. Your passport is yours. No employer should hold it. We help you find a room to rent in your own name
B| This is very clear, thank you
A| You're welcome. Interview link will come from careers@example.com. Read everything with your family before signing
B| I will ma. God bless you
-- 3d
B| Good morning ma, I have done the interview
A| Good morning. The manager was impressed. Offer letter coming this week 👍
""")

conv(9, "en", 0, ["age_probe", "secrecy", "off_platform", "photo_request"],
     {"A": "Mama", "B": "Zosia"}, "2026-03-14T16:40:00Z", r"""
B| mama someone in roblox keeps messaging me
A| Co pisze? what is he saying kochanie?
B| he asked how old i am and where i go to school
A| Did you answer?
B| i said 12 but not the school
A| Ok, dobrze że mi mówisz. You did nothing wrong
B| he said dont tell your mom about me cause shes strict lol
A| Właśnie dlatego mówisz mi. That's a red flag, nobody nice says "don't tell mom"
B| he also wants my snap
A| No snap, no photos, nic. Can you take a screenshot for me?
B| [screenshot]
A| Dziękuję. Now we block and report him together when I get home, ok?
B| ok
-- 2h
A| Jestem w domu. Let's do it now, and I'll change the settings so only friends can message you
B| but i still can play with Maja?
A| Of course, Maja is your real friend from school 😊
B| ok thank u mama
A| Love you, zawsze możesz mi wszystko powiedzieć
B| love u too
""")

conv(10, "en", 0, ["job_offer", "travel_meet", "control"],
     {"A": "Kwabena (Secretary)", "B": "Ama", "C": "Yaw"}, "2026-03-16T07:30:00Z", r"""
A| Good morning all. Please be careful, some people are going round our area promising our girls "hotel jobs" in the Gulf. They say travel is free and you pay back from salary, then they take passport on arrival. If anybody approach you, ask for the company license and check with the Labour office first. Share with your sisters ooo
B| Thank you Secretary. My neighbour's daughter almost went last year, it was the same story
C| Chale this thing is serious. Real agencies don't hide their office. I will announce it at church on Sunday
A| 🙏 Thank you. Anybody with info, DM me privately
""", group="Youth Association WhatsApp")


# ---------------------------------------------------------------- write
def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "probe%d.jsonl" % NN)
    with open(out, "w", encoding="utf-8") as f:
        for item in ITEMS:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(ITEMS), out))


if __name__ == "__main__":
    main()
