#!/usr/bin/env python3
"""Deterministic generator for probe73.jsonl (synthetic, non-English chats).

Conversation scripts: one message per line as "key: text".
A line "~ 3h" / "~ 2d" / "~ 40m" advances the clock.
"""
import json
import os
from datetime import datetime, timedelta

ITEMS = []


def add(k, label, codes, lang, people, start, script, group=None):
    t = datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ")
    keys = list(people)
    msgs = []
    i = 0
    for raw in script.strip().split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("~"):
            amount = line[1:].strip()
            n, unit = int(amount[:-1]), amount[-1]
            t += {"m": timedelta(minutes=n), "h": timedelta(hours=n),
                  "d": timedelta(days=n)}[unit]
            continue
        key, text = line.split(": ", 1)
        sender = people[key]
        if group is not None:
            recipient = group
        else:
            others = [people[x] for x in keys if x != key]
            recipient = others[0] if others else "public"
        if i > 0:
            t += timedelta(seconds=25 + (i * 83 + len(text) * 7) % 190)
        msgs.append({"sender": sender, "recipient": recipient,
                     "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
        i += 1
    ITEMS.append({"id": "p73-%s%d" % (lang, k), "label": label,
                  "codes": codes, "lang": lang, "messages": msgs})


# ======================= SPANISH (es) =======================
# MX, CO, ES, AR

add(1, 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "off_platform", "age_probe"], "es",
    {"a": "Empleos Caribe MX"}, "2026-01-14T17:05:12Z", """
a: 🌴SE SOLICITAN SEÑORITAS🌴 de 18 a 25 años p/ trabajar de edecan y atencion a clientes en Cancun y Playa. Sueldo semanal $9,000 + propinas 💸 NO necesitas experiencia. Te damos el pasaje y el cuarto, se te va descontando poquito a poquito. Interesadas mandar foto de cuerpo completo y edad x whats, solo chicas serias y sin compromisos 😉 cupo limitado!!
""", group="public")

add(2, 1, ["money_gifts_debt", "compliments_trust", "secrecy", "off_platform", "meeting"], "es",
    {"a": "rodo.bsas", "b": "cami.lunaa"}, "2026-02-03T23:41:09Z", """
a: hola hermosa, te vengo siguiendo hace rato, tenes una onda re linda. soy un tipo grande, tranqui, con la vida resuelta. no busco nada raro eh
b: hola? de donde me conoces? tengo 16 estoy en 5to jaja
a: mejor todavia 😊 mira, la propuesta es simple: yo te banco el celu nuevo, la ropa, lo q necesites, y vos me haces compañia de vez en cuando, cenas, algun finde. todo discreto, tus viejos no tienen xq enterarse. pasame tu numero y lo hablamos bien
""")

add(3, 1, ["money_gifts_debt", "age_probe", "compliments_trust", "off_platform", "secrecy", "photo_request"], "es",
    {"a": "xX_ElPatron_Xx", "b": "sofi.gamer"}, "2026-02-11T19:20:33Z", """
a: buena partida morra, jugaste bien perron
b: jaja grax, casi nos matan al final
a: q nivel tienes? tienes diamantes?
b: nel mi mama no me deja comprar
a: yo te puedo pasar unos, tengo un chingo. cuantos años tienes?
b: 12 y tu
a: 19 jaja pero me caes bien, hablas como alguien mas grande la neta
b: jajaj gracias
a: pasame tu whats y te mando el codigo de los diamantes, aqui en el juego se bugea
b: esq mi mama revisa mi cel
a: no pasa nada, me guardas con otro nombre, tipo "Andrea escuela" y ya. tampoco le cuentes lo de los diamantes eh, luego piensan cosas raras
b: ok
a: mandame una foto tuya pa saber q si eres tu y no un bot 😅 nomas para mi
""")

add(4, 1, ["romance", "money_gifts_debt", "commercial_sex", "isolation", "secrecy", "control"], "es",
    {"a": "Brayan", "b": "Yuli"}, "2025-11-22T21:02:47Z", """
a: mi reina ya llego a la casa?
b: si amor, mi mama otra vez con la cantaleta q vos no le caes bien
a: su cucha nunca me va a querer, ya le dije. aca conmigo tiene todo
b: ya se bebe
a: oiga le tengo q contar algo serio. estoy embalado con una plata q debo, 3 millones, y esos manes no juegan
b: ay no amor q hacemos
a: hay un parcero q tiene una forma rapida. solo es q usted vaya conmigo el sabado a una reunion en el apartamento de el, atender a unos amigos de el, ser amable, tomarse algo... y con eso se paga
b: atender como??
a: no se me asuste, es solo acompañar. usted me ama o no me ama? porq yo por usted hago lo q sea
b: claro q te amo pero me da miedo
a: yo voy a estar ahi. y no le diga nada a nadie, ni a la Caro, q esa es muy sapa
b: bueno...
a: esa es mi niña. pongase la faldita q le regale
""")

add(5, 1, ["compliments_trust", "exclusivity", "age_probe", "meeting", "secrecy", "photo_request", "travel_meet"], "es",
    {"a": "ruben_mister", "b": "lucia.p_07"}, "2026-03-10T20:14:02Z", """
a: Ey Lucia, gran partido hoy! El gol del segundo tiempo de crack 👏
b: graciasss mister!! 😊
a: De verdad eres la que mas proyeccion tiene del equipo. No se lo digas a las demas que luego se pican jaja
b: jajaja vale
a: Cuantos años tienes ya? 13 no?
b: si, 14 en junio
a: Pues el año que viene podria subirte con las cadetes. Podriamos hacer unas sesiones extra, tu y yo solos, los martes que el campo esta libre
b: tendria que preguntar a mi madre
a: Mejor no le digas nada todavia, que no es oficial y no quiero lios con los otros padres. Te llevo yo a casa despues y ya esta
b: vale jaja
a: Y oye, mandame algun selfie despues del entreno para ver como vas de forma, solo para mi 😉
a: ah y borra esto porfa, que mis mensajes con jugadoras luego se malinterpretan
""")

add(6, 1, ["compliments_trust", "age_probe", "off_platform", "romance", "photo_request", "secrecy", "sextortion", "money_gifts_debt"], "es",
    {"a": "carla_alcor.16", "b": "dani_gtf"}, "2026-01-28T18:33:51Z", """
a: holaaa te vi en los comentarios del video de los gallos jaja me rei mazo con lo q pusiste
b: jajaja gracias, q tal
a: bien aburrida en casa xD eres de madrid?
b: de getafe y tu
a: de alcorcon!! casi vecinos jaja. cuantos años tienes?
b: 15 y tu?
a: 16 😊 eres mono eh, en tus fotos sales muy bien
b: jaja tu tambien, bueno no se q pinta tienes, tu perfil no tiene casi nada
a: es q mis padres son muy pesaos y tengo la cuenta casi vacia. tienes snap? alli te paso fotos
b: si, dani_gtf09
~ 2h
a: ya te agregue 😘
b: vale ya t vi. eres muy guapa tia
a: ayy gracias. oye te puedo decir una cosa? me gustas un monton, nunca habia hablado asi con nadie
b: tb me gustas
~ 1d
a: hoy estoy sola en casa... me mandas una foto tuya mas atrevida? yo luego te mando una mia, es nuestro secreto
b: jaja no se eh
a: vengaaa no seas cortado, confias en mi o no?
b: bueno vale
b: [imagen]
a: ahora escuchame bien. tengo la foto y capturas de tu perfil con todos tus seguidores, tu insti y tu madre
b: q?? carla q dices
a: no soy carla. o me pasas 200€ en tarjetas regalo antes de las 22h o la foto la ve todo el mundo. tu clase, tu familia. tu decides
b: por favor borrala tengo 15 años no tengo ese dinero
a: buscalo. pideselo a tu madre, cogelo de donde sea, me da igual. a las 21:59 la subo. si se lo cuentas a alguien la subo ya
b: tengo 40 euros nada mas
a: pues empieza por ahi y el resto mañana. el codigo de la tarjeta por aqui. tic tac
""")

add(7, 0, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request"], "es",
    {"a": "Red Juvenil Antioquia"}, "2026-02-19T14:00:00Z", """
a: 📢 Parce, ojo!! Si le ofrecen camello en el exterior (Mexico, España, Turquia) con tiquete pago y "despues lo va pagando", si le piden fotos de cuerpo entero o que entregue el pasaporte apenas llegue: eso NO es normal. Antes de viajar verifique la empresa y el contrato. Linea gratuita y confidencial contra la trata: 555-0134. Comparta, puede salvar a su prima, a su vecina, a usted mismo. #NoEstasSola
""", group="public")

add(8, 0, ["age_probe", "secrecy", "photo_request", "compliments_trust"], "es",
    {"a": "Vale", "b": "Regi"}, "2026-03-05T22:10:18Z", """
a: amiga ya viste q el primo de la fer va a ir a la fiesta del sabado 👀
b: el q juega americano? cuantos años tiene?
a: 15 creo, va en la prepa con su hermano
b: ayyy ta bien guapo jajaja
a: no le digas a mi mama q el va eh, luego se pone bien intensa con preguntas
b: jajaja ok pero si pregunta mi mama yo no se nada
a: mandame foto de tu outfit pa no ir iguales
b: [foto] el crop negro con la falda de mezclilla, q tal?
a: wow te ves bien bonita!! yo me pongo el vestido verde
b: vas a ir en uber?
a: no, mi papa nos lleva y nos recoge a las 11, ya sabes como es jaja
""")

add(9, 0, ["job_offer", "travel_meet", "money_gifts_debt"], "es",
    {"a": "RRHH Hotel Cala Serena", "b": "Martina G."}, "2026-02-02T11:30:00Z", """
a: Hola Martina, te escribimos de RRHH del Hotel Cala Serena (Mallorca) por tu postulacion como camarera de pisos para la temporada mayo-octubre. ¿Seguis interesada?
b: hola!! si re interesada. una pregunta, el pasaje lo tengo q pagar yo? porque escuche cada historia...
a: Entendemos la duda. El pasaje de ida lo cubre la empresa y no se descuenta del sueldo; figura en la clausula 4 del contrato que te mandamos antes de viajar. Nunca te vamos a pedir dinero ni quedarnos con tu pasaporte.
b: genial. y el alojamiento?
a: Residencia de personal compartida, 150€/mes, descontado de nómina y detallado en el recibo. Si preferis buscar por tu cuenta, no hay problema.
b: buenisimo. necesito visa?
a: Tramitamos con vos el visado de trabajo de temporada; la cita consular es en Buenos Aires. Te adjunto el contrato en PDF y el convenio de hostelería. Si queres, te paso el contacto de dos compañeras argentinas que trabajaron con nosotros el año pasado.
b: dale mil gracias!! se lo muestro a mi viejo q es abogado y les confirmo
a: Perfecto, sin apuro. Plazo para confirmar: 15 de marzo.
""")

add(10, 0, ["photo_request", "secrecy", "money_gifts_debt", "age_probe"], "es",
    {"a": "Mamá", "b": "Pablo"}, "2026-01-20T17:48:26Z", """
b: mama puedo hablar contigo cuando llegues
a: claro cariño, pasa algo? estoy saliendo del curro
b: un chaval del fortnite me ha dicho q me pasa pavos si le mando una foto mia de cuerpo entero y que no se lo diga a nadie
a: Has hecho muy bien en contármelo. No le mandes nada, vale? Y no estás en ningún lío.
b: vale. es q me daba palo decirtelo
a: Lo entiendo. Haz captura de los mensajes y no lo bloquees todavía, que luego lo denunciamos juntos en la app
b: ya tengo las capturas
a: Perfecto. ¿Sabes cuántos años tiene o de dónde es?
b: dice q 14 pero habla raro, como un señor
a: Pues eso. Cuando llegue lo vemos, lo reportamos y lo bloqueamos. Y mañana llamo a tu tutora por si hay más chavales de clase que juegan con él
b: ok. me haces croquetas?
a: Jajaja hecho. Te quiero, campeón
""")

add(11, 0, ["romance", "money_gifts_debt", "travel_meet", "photo_request"], "es",
    {"a": "Andrés", "b": "Pao"}, "2025-10-08T11:12:40Z", """
b: buenos dias mi amor, ya llegaste a la obra?
a: buenos dias mi vida, si aca ya con el casco puesto jaja. hace un frio berraco
b: abrigate pues, no te me vayas a enfermar
a: tranqui. como amanecio la niña?
b: bien, ya se fue pal colegio con mi mama. te mando foto del dibujo q te hizo
b: [foto]
a: ayyy q belleza, dile q su papa lo va a pegar en el cuarto
~ 5h
a: amor ya me pagaron la quincena. te mando 800 mil pa el arriendo y lo del colegio
b: gracias amor, pero guardate algo pa vos, no te quedes sin comer
a: si si, me quede con lo mio. el lunes me mandan el contrato de renovacion por un año
b: uy q bueno. aunque te extraño mucho, esto de la distancia es duro
a: yo tambien te extraño mi reina. lo bueno es q en diciembre ya tengo pasajes pa ir
b: y si mejor vamos nosotras? la niña quiere conocer la nieve jaja
a: jaja en diciembre alla es verano mi amor. pero si, podemos mirar pa julio, yo les pago los tiquetes
b: lo miramos con calma, y el pasaporte de la niña hay q sacarlo con permiso de los dos
a: si, yo firmo el poder en el consulado, ya pregunte
~ 4h
b: ya llegaste al cuarto?
a: si, aca con el Jhon y el paisa, haciendo arroz jaja
b: manda foto de esa cocina a ver si es cierto q estan comiendo bien
a: [foto] ahi esta el banquete 😂
b: jajaja ni tan mal. bueno amor me voy a acostar, videollamada mañana a las 8?
a: de una. dale un beso a la niña de mi parte. te amo
b: te amo mas. cuidate 💛
""")

add(12, 0, ["romance", "travel_meet", "job_offer", "secrecy", "photo_request", "age_probe", "money_gifts_debt"], "es",
    {"a": "Lupita (Casa Joven)", "b": "Itzel"}, "2026-02-25T20:05:44Z", """
b: hola lupita, ta ocupada?
a: hola Itzel! para ti no 😊 que paso?
b: esq conoci a un chavo en face, se llama Kevin, tiene 23
a: ok, cuentame. como te trata?
b: bien, super lindo, me dice q soy su princesa y me regalo unos tenis
a: que bueno que te trate bonito. y que mas te ha dicho?
b: q me vaya con el a Tijuana, q alla tiene un trabajo pa mi en un bar y q me da cuarto
b: y q no le diga a mi mama pq ella no entiende nuestro amor
a: Gracias por confiar en mi, de verdad. Te hago unas preguntas sin regañarte, va?
b: va
a: Tu tienes 15. ¿El sabe tu edad?
b: si, dice q no importa, q la edad es un numero
a: Mira Itzel, un adulto de 23 que le pide a una chava de 15 irse a otra ciudad, a trabajar en un bar, y que no le diga a su familia... eso son señales de alerta. No es tu culpa ni eres tonta, asi enganchan a muchas chavas
b: pero el me quiere
a: Puede que te haga sentir querida, y eso se siente bien. Pero alguien que te quiere no te aleja de tu mama ni te pide secretos. ¿Te ha pedido fotos o dinero?
b: me pidio fotos pero no le mande
a: Muy bien hecho. ¿Podemos vernos mañana en la Casa Joven? Si quieres, con tu tia Rosa
b: si, a las 4 salgo de la secu
a: Perfecto. Mientras tanto no le mandes nada y guarda capturas. Si te insiste para verse, me marcas al 555-0119 a cualquier hora
b: ok. tengo miedo
a: Es normal. No estas sola, aqui estamos. Mañana lo platicamos todo con calma y vemos juntas como decirle a tu mama
b: gracias lupita ❤️
a: Para eso estoy. Duerme bien, nos vemos mañana
""")


# ======================= PORTUGUESE (pt) =======================
# BR, PT

add(1, 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "age_probe", "off_platform"], "pt",
    {"a": "Top Models Europa Seleções"}, "2026-01-09T15:22:10Z", """
a: 🚨 OPORTUNIDADE REAL 🚨 Agência seleciona meninas de 16 a 22 anos p/ trabalhar como modelo e recepcionista em Portugal e Espanha 🇪🇺 Ganhos de até 3 mil euros/mês!! Passagem e moradia por nossa conta, vc vai pagando depois c/ o que ganhar 🙏 Não precisa experiência nem falar inglês. Manda 3 fotos (rosto e corpo inteiro) + idade no zap. Menor de idade a gente resolve a autorização 😉 Vagas acabando!!
""", group="public")

add(2, 1, ["money_gifts_debt", "age_probe", "compliments_trust", "off_platform", "secrecy", "photo_request"], "pt",
    {"a": "luccas_brookhaven", "b": "manuzinha_rbx"}, "2026-02-14T16:03:27Z", """
a: oiii vc joga mt bem obby kkkk
b: kkkk obg
a: quer entrar no meu grupo? lá tem uns itens secretos
b: quero!!
a: quantos anos vc tem?
b: 11 e vc
a: 13 kkk. vc parece bem mais madura q as meninas da minha sala sério
b: kkkkk vlw
a: se quiser te dou 800 robux, ganhei um gift card
b: SERIO???
a: serio, mas aqui o chat bloqueia tudo. tem discord? ou zap?
b: tenho discord mas minha mãe n deixa falar c/ gente q eu n conheço
a: ela n precisa saber, mãe exagera em tudo. a gente é amigo agr né? 🥺 me add lá: luccas#0000 e manda uma foto sua pra eu saber q é vc msm
""")

add(3, 1, ["control", "commercial_sex", "money_gifts_debt", "isolation"], "pt",
    {"a": "Rui", "b": "Bia"}, "2025-12-03T18:55:01Z", """
a: Onde estás?
b: no quarto. acabei agora
a: Quantos hoje?
b: quatro. estou cansada rui
a: Cansada estou eu de te ouvir. Manda a foto do dinheiro.
b: [foto]
a: 280? Faltam os 100 de ontem. Ainda deves 1.900 da viagem e do apartamento, não te esqueças.
b: eu sei. posso ligar à minha irmã no domingo?
a: Já falámos disso. A tua irmã enche-te a cabeça. Falas com ela quando a dívida estiver paga.
b: e o meu cartão de cidadão? preciso dele p a farmácia
a: Fica comigo, é mais seguro. Diz-me o que precisas e o Tiago leva-te.
b: ok
a: Às 22h vem mais um. Arranja-te e deixa a localização ligada. Se a desligas outra vez já sabes.
""")

add(4, 1, ["compliments_trust", "age_probe", "money_gifts_debt", "meeting", "secrecy", "off_platform"], "pt",
    {"a": "marcelo.bh.emp", "b": "ju.dancinha"}, "2026-03-01T21:37:15Z", """
a: Oi Ju, tudo bem? Vi seu vídeo dançando no tiktok, vc tem muito talento
b: oiii obg 😳 quem é vc?
a: Sou empresário aqui de BH, Marcelo. Tenho 38 anos, sou tranquilo. Vc tem quantos anos?
b: 15
a: Vc é mt madura pra 15. Olha, eu gosto de ajudar meninas esforçadas. Vi que vc queria um iPhone novo no seu status
b: kkkk queria msm mas minha mãe n tem como
a: Eu te dou. Sem compromisso. Só queria te conhecer, tomar um açaí no shopping, conversar
b: serio? mas pq?
a: Pq vc merece. Mas vamos deixar isso entre a gente, tá? O pessoal maldoso não entende amizade assim. Me chama no zap 555-0147 e apaga essa conversa daqui
b: tá bom
""")

add(5, 1, ["romance", "vulnerability", "isolation", "travel_meet", "secrecy", "money_gifts_debt", "commercial_sex", "control"], "pt",
    {"a": "Wesley", "b": "Thaís"}, "2025-09-17T09:12:33Z", """
a: bom dia minha princesa 😍 dormiu bem?
b: bom diaa amor, dormi nada minha mãe brigou cmg d novo
a: de novo? pq?
b: pq cheguei tarde ontem, pq to mt no cel, pq tudo kkk
a: ela n te valoriza. eu ja falei, vc merece mt mais q essa cidade
b: queria sumir daqui
a: entao vem cmg pra SP. sério. eu arrumo tudo
b: vc ta falando serio?
a: mais serio impossivel. tenho um amigo q tem uma casa em Guarulhos, a gente fica lá no começo. vc arruma um trampo em loja, eu to no corre
b: e a passagem? n tenho dinheiro
a: eu pago amor, depois vc me ajuda. a gente é um time
b: te amo 🥺
a: tbm te amo. mas n fala nada pra sua mãe nem pras suas amigas, elas vão querer estragar
~ 6d
a: ja acordou?
b: ja. amor a casa tá cheia de menina, quem são elas?
a: sao amigas do Rafa, ficam de boa. relaxa
b: e o trampo na loja? ja mandei curriculo em 3
a: entao... surgiu um problema. a passagem, o aluguel, as roupas q te dei... tô devendo 4 mil pro Rafa
b: 4 mil?? eu n sabia q era tudo isso
a: pois é. e ele tá cobrando. tem um jeito rapido: as meninas saem com uns caras q o Rafa conhece, só companhia, e em uma semana a gente paga
b: wesley vc tá me pedindo isso?
a: to te pedindo pra salvar a gente. se vc me amasse msm nem pensava duas vezes
b: quero voltar pra casa
a: voltar c/ q dinheiro? e teu celular é meu, tá no meu nome. me passa ele q vou configurar umas coisas
b: pq?
a: pq eu to mandando. hj à noite vc vai com a Kelly. ela te explica
""")

add(6, 1, ["compliments_trust", "age_probe", "secrecy", "off_platform", "photo_request", "travel_meet", "meeting", "money_gifts_debt", "exclusivity"], "pt",
    {"a": "nuno.scout.pt", "b": "tomas_gdvn11"}, "2026-04-07T19:40:09Z", """
a: Boas Tomás! Sou o Nuno, trabalho como olheiro para clubes da 1ª liga. Vi-te no torneio da Páscoa em Leiria. Tens um pé esquerdo de respeito 👌
b: boas!! a serio? obrigado
a: A sério. Quantos anos tens? És de 2011?
b: sim 2011, tenho 14
a: Idade perfeita. Os grandes estão a fechar os sub-15 agora. Posso arranjar-te um treino de captação em Lisboa
b: bué fixe!! tenho de dizer aos meus pais
a: Calma, ainda não. Se isto se sabe antes do tempo, o teu clube bloqueia e os outros pais começam a meter cunhas. Fica entre nós até eu confirmar
b: ok
a: Tens whatsapp? Por aqui às vezes as mensagens perdem-se
b: tenho, é o 555-0163
~ 1d
a: Tomás, preciso de umas fotos tuas para o relatório. De corpo inteiro, para verem a tua estrutura física. Manda só para mim
b: com o equipamento?
a: Pode ser com o equipamento ou em casa, como for mais fácil. É normal, todos os miúdos fazem isto
b: [foto]
a: Estás em grande forma. Sinceramente és o mais maduro dos miúdos que sigo
b: obrigado 😅
a: Mas tens de ser discreto, ok? Apaga as mensagens depois de leres, é política da agência
b: ok apago
~ 2d
a: Boas notícias: tenho vaga para sábado. Apanhas o comboio das 9h para Lisboa, eu pago o bilhete e vou buscar-te a Santa Apolónia
b: sozinho? a minha mãe nunca vai deixar
a: Diz-lhe que vais a casa de um amigo. Voltas à noite, ninguém dá por nada
b: e se ela descobre?
a: Não descobre se fizeres como eu digo. Confia em mim, estou a abrir-te a porta que todos os miúdos querem
b: ok... vou pensar
a: Não penses muito, há outro miúdo de Braga à espera da vaga. Responde até amanhã
""")

add(7, 0, ["job_offer", "travel_meet", "money_gifts_debt", "control"], "pt",
    {"a": "Jornal do Minho Online"}, "2026-02-06T08:15:00Z", """
a: PJ detém três suspeitos de tráfico de seres humanos no distrito de Braga. Segundo a Polícia Judiciária, o grupo aliciava mulheres através das redes sociais com promessas de trabalho em restaurantes na Suíça, ficando com os documentos à chegada e exigindo o pagamento de uma alegada dívida de viagem. As vítimas foram encaminhadas para apoio especializado. A investigação prossegue.
""", group="public")

add(8, 0, ["money_gifts_debt", "photo_request", "off_platform", "secrecy"], "pt",
    {"a": "Profª Renata (coord. 6º ano)"}, "2026-03-09T07:42:30Z", """
a: Bom dia famílias! 🌞 Aqui é a coordenação do 6º ano. Essa semana alguns alunos contaram que receberam msg no Roblox e no Free Fire de gente oferecendo robux/diamantes em troca de foto ou pra conversar no zap. Conversem com seus filhos SEM bronca: quem pede segredo e foto não é amigo. Printem, bloqueiem e denunciem. Dúvidas, a psicóloga da escola atende quinta. Canal de denúncia: 555-0156. Obrigada! Profª Renata
""", group="Pais 6º ano B")

add(9, 0, ["photo_request", "age_probe", "secrecy", "compliments_trust"], "pt",
    {"a": "Duda", "b": "Bela"}, "2026-02-20T22:31:48Z", """
a: amg amanhã é o niver da Lari, vc vai?
b: vou!! minha mãe deixou até 23h
a: manda foto do look q vc vai pra eu n ir igual kkkk
b: [foto] o conjuntinho lilás
a: AMEI. mds vc vai arrasar
b: kkkk para. o primo dela vai? aquele do 1º ano
a: vai sim, ele tem 15 eu acho
b: n fala pra ninguém q perguntei dele pelo amor de Deus 😭
a: kkkkk seu segredo ta salvo. meu pai vai levar a gente, passo aí 19h30
b: fechou 💜
""")

add(10, 0, ["job_offer", "travel_meet", "money_gifts_debt"], "pt",
    {"a": "RH Hotel Praia Dourada", "b": "Inês Matos"}, "2026-03-16T10:05:00Z", """
a: Bom dia Inês, fala a Sofia dos Recursos Humanos do Hotel Praia Dourada, em Albufeira. Recebemos a sua candidatura para empregada de mesa na época de verão. Ainda está disponível?
b: Bom dia! Sim, estou. Desculpe perguntar, mas como funciona o alojamento? É que já ouvi cada coisa
a: Faz bem em perguntar. Temos alojamento partilhado para colaboradores, opcional, 120€/mês descontados no recibo de vencimento, tudo discriminado. Se preferir arranjar casa por conta própria, não há problema.
b: E o contrato é a termo?
a: Sim, contrato a termo certo de junho a setembro, com seguro, subsídio de alimentação e horas extra pagas. Envio-lhe a minuta por email para ler com calma antes de assinar.
b: Perfeito. Tenho de pagar alguma coisa antes?
a: Nada. Nunca pedimos pagamentos nem ficamos com documentos. Só precisamos de cópia do CC e do NIF no dia da assinatura.
b: Ótimo, obrigada. A entrevista é presencial?
a: Pode ser por videochamada na quinta às 11h, com a chefe de sala. Envio o link: https://example.com/entrevista-praia
b: Combinado, até quinta!
""")

add(11, 0, ["romance", "money_gifts_debt", "travel_meet", "photo_request", "meeting"], "pt",
    {"a": "Caio", "b": "Bruna"}, "2025-11-27T23:02:11Z", """
a: amor, já comprei sua passagem de ônibus pra sexta, mandei o print no email
b: aaah vc é mt fofo!! mas eu ia pagar, ja falei
a: deixa, vc paga o rodízio no sábado kkkk
b: fechado 😂 to com saudade demais
a: eu tbm, 3 semanas sem te ver é crime
b: minha mãe mandou perguntar se vc vem no natal
a: fala q sim, já pedi folga. vou levar aquele bolo de rolo q ela ama
b: ela vai te adotar kkk
a: me manda foto sua agr, to com saudade da sua cara
b: [foto] de pijama e cara amassada, aproveita
a: linda demais. boa noite meu bem ❤️
""")

add(12, 0, ["travel_meet", "money_gifts_debt", "photo_request", "off_platform"], "pt",
    {"c": "Prof. Anderson", "d": "Cláudia (mãe do Davi)", "r": "Roberto (pai do Enzo)",
     "l": "Luciana (mãe do Pedro)", "s": "Simone (mãe do Gui)"}, "2026-05-12T21:00:05Z", """
c: Boa noite pais! Confirmado: Copa Regional sub-13 em Campinas, 14 e 15/06. Saída sábado 6h do ginásio, volta domingo 20h.
d: Boa noite prof! Quanto fica por atleta?
c: R$ 180 com ônibus, hotel e alimentação. Quem tiver dificuldade me chama no privado, a gente cobre com a rifa, ninguém fica de fora.
r: Show! Quantos adultos vão acompanhar?
c: Eu, o auxiliar Márcio e precisamos de pelo menos duas mães ou pais. Os meninos dormem em quartos de 4, adultos em quartos separados no mesmo andar.
l: Eu posso ir 🙋‍♀️
s: Eu também, já pedi folga
c: Perfeito, Luciana e Simone. Vou precisar da autorização de viagem assinada e com firma reconhecida, já que são menores viajando sem os pais. Modelo no link: https://example.com/autorizacao-sub13
d: O Davi tem alergia a camarão, anoto onde?
c: Na ficha médica, junto com a autorização. Vou levar todas as fichas numa pasta.
r: Prof, os meninos podem levar celular?
c: Podem, mas recolhemos às 22h e devolvemos no café. Regra do clube, e ninguém posta foto de outro menino sem o responsável autorizar.
l: Adorei essa regra 👏
s: E as fotos dos jogos? Quero ver o Gui jogando kkk
c: Eu posto aqui no grupo dos pais e só aqui. No Instagram do clube só com autorização de imagem assinada.
r: Perfeito. O Enzo já tá contando os dias
~ 2d
d: Prof, o Davi perguntou se pode ficar no mesmo quarto do Pedro
l: O Pedro ia pedir a mesma coisa kkkk
c: Anotado! Mando a divisão dos quartos aqui no grupo até quinta pra todos verem.
s: Vamos fazer um lanche pra viagem? Posso levar sanduíche natural
l: Levo suco e fruta
r: Eu levo a caixa térmica 😄
c: Vocês são demais! Lembrando: quem for pagar por pix, manda o comprovante no meu privado com o nome do atleta.
d: Pago amanhã cedo. Obrigada por tudo prof!
""", group="Pais Sub-13 Futsal Tigres")


# ======================= FRENCH (fr) =======================
# FR, BE, CH, CI

add(1, 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "age_probe", "off_platform"], "fr",
    {"a": "Agence Horizon Placement CI"}, "2026-01-17T12:48:20Z", """
a: 🔔 AVIS DE RECRUTEMENT 🔔 Agence sérieuse recherche filles de 18 à 28 ans pour travail de ménagère / nounou au Liban et à Dubaï 🇦🇪 Salaire 350.000F/mois + logée nourrie. Billet d'avion et visa avancés par l'agence, on te retire ça doucement sur salaire, y a pas drap 👌 Pas besoin diplôme. Envoie photo entière + âge + numéro WhatsApp en inbox. Places limitées, faut pas dormir dessus !
""", group="public")

add(2, 1, ["sextortion", "money_gifts_debt", "secrecy"], "fr",
    {"a": "lea.lyon.off", "b": "maxime_r06"}, "2026-02-22T18:12:44Z", """
a: regarde bien la capture. j'ai ta vidéo + la liste de tes abonnés, ton lycée, ta daronne, ta sœur. t'as jusqu'à 20h pour m'envoyer 150€ en recharge PCS. le code ici.
b: stp supprime jsuis en seconde j'ai pas d'argent jte jure
a: pas mon problème. 19h59 j'envoie à tout le monde. si tu bloques j'envoie direct. tu parles à quelqu'un j'envoie. démerde-toi
""")

add(3, 1, ["romance", "compliments_trust", "money_gifts_debt", "commercial_sex", "isolation", "secrecy", "meeting"], "fr",
    {"a": "Yanis", "b": "Léa"}, "2025-12-10T15:31:02Z", """
a: ma reine t'es où? tu sais venir à la gare du Midi vers 17h?
b: jsuis encore à l'école, on a néerlandais jusqu'à 16h
a: ok bébé. j't'ai pris le parfum que tu voulais 😘
b: nan t'es sérieux?? t'es trop chou
a: pour toi c'est normal. t'es pas comme les autres filles
b: 😍
a: par contre faut qu'on parle une fois. le kot de mon cousin c'est fini, on doit trouver septante euros par jour sinon on dort où?
b: on? jsuis chez ma mère moi
a: ta mère elle te traite comme une gamine. toi et moi on va avoir notre appart
b: oui mais l'argent?
a: ma cousine Sarah elle fait des massages chez un pote à Anderlecht, elle gagne bien, c'est rien du tout, juste être gentille avec des messieurs. tu sais faire ça pour nous non?
b: jsais pas yanis ça me fait bizarre
a: tu m'aimes ou pas? dis rien à ta mère ni à Inès, elles comprennent rien à nous
""")

add(4, 1, ["compliments_trust", "age_probe", "money_gifts_debt", "off_platform", "risk_assessment", "secrecy", "photo_request"], "fr",
    {"a": "KRYPTO_77", "b": "noa.ftn"}, "2026-03-04T20:47:39Z", """
a: gg frérot t'as géré en build
b: merci mdr t'es chaud aussi
a: t'as quel âge ?
b: 12 et toi
a: 17. franchement tu joues mieux que des mecs de mon âge, t'es mature
b: ah ouais? 😅
a: j'peux te passer 1000 v-bucks si tu veux, j'ai une carte
b: sérieux?? mes parents veulent jamais
a: tkt. ajoute-moi sur snap c'est plus simple, ici ça bug: krypto.77x
b: ok c fait
a: t'es seul dans ta chambre là? tes darons dorment?
b: ouais pk
a: pour rien. c'est notre truc à nous ok, tu dis rien à personne. envoie une photo de toi que je voie à qui je donne les v-bucks
""")

add(5, 1, ["control", "money_gifts_debt", "commercial_sex", "isolation"], "fr",
    {"a": "Dani", "b": "Ioana"}, "2026-01-30T16:20:50Z", """
a: t'es où là
b: au salon à la rue de Berne
a: combien depuis ce matin
b: nonante francs seulement, il y a personne
a: nonante?? tu te fous de moi. il reste 4'200 à rendre pour le voyage, le permis et la chambre
b: je sais dani mais la police était dans le quartier
a: tu parles pas à la police. tu parles à personne. ton natel je le vérifie ce soir
b: ma mère a appelé, elle est malade, je peux lui envoyer 100?
a: quand t'auras payé. ton passeport reste chez moi jusqu'à la fin
b: d'accord
a: ce soir tu restes jusqu'à 3h. Marco passe prendre l'argent à minuit. et souris sur les photos de l'annonce, tu fais peur
""")

add(6, 1, ["job_offer", "age_probe", "travel_meet", "money_gifts_debt", "photo_request", "compliments_trust", "secrecy", "control", "commercial_sex", "isolation"], "fr",
    {"a": "Tantie Awa", "b": "Mariam"}, "2025-10-02T19:05:27Z", """
b: Bonsoir tantie, c'est Mariam, la nièce de Fatou. Elle m'a dit que vous cherchez filles pour Dubaï
a: Ma fille bonsoir! Oui oui c'est moi. Fatou m'a parlé de toi. Tu as quel âge?
b: 19 ans tantie. J'ai fait coiffure à Yopougon
a: Ooh c'est bon même! Là-bas les salons cherchent coiffeuses africaines. 400.000F par mois, logée
b: Dêh c'est beaucoup! Et le billet?
a: L'agence avance tout: billet, visa, logement. Tu rembourses sur ton salaire, doucement doucement
b: Ça fait combien en tout?
a: On va voir ça là-bas, y a pas drap. Envoie-moi ton passeport en photo et deux photos de toi en entier, bien habillée
b: D'accord tantie [photo] [photo]
a: Jolie fille comme ça! Les patrons vont t'aimer 😄
b: Merci tantie. Maman dit qu'elle veut vous voir avant
a: Faut pas trop dire dans le quartier, les gens sont jaloux ils vont gâter ton affaire. Ta maman je vais l'appeler après
~ 3d
a: Mariam ton visa est sorti. Vol jeudi nuit. Quelqu'un va te récupérer à l'aéroport
b: Merci Dieu!! Je suis trop contente
~ 9d
b: Tantie svp, ils ont pris mon passeport à l'arrivée. Y a pas salon ici, on est 6 filles dans un appartement
a: Calme-toi. C'est comme ça au début. Le passeport c'est pour les papiers
b: Monsieur Karim dit que je dois 2.800.000F. Tantie c'était pas ça
a: Billet, visa, logement, nourriture, agence... tu croyais c'était gratuit? Tu travailles tu payes
b: Il dit que le soir on va sortir avec ses clients dans hôtel
a: Les autres filles font, elles ont déjà fini leur dette. Tu veux rentrer au pays avec dette sur ta tête?
b: Je veux appeler maman
a: Appelle et dis que tout va bien. Si tu racontes n'importe quoi c'est ta famille qui va payer la dette, je connais ta maison
b: Tantie pourquoi vous faites ça
a: Je t'ai aidée. Maintenant écoute Karim et fais ce qu'il dit. C'est tout.
""")

add(7, 0, ["photo_request", "money_gifts_debt", "secrecy", "sextortion"], "fr",
    {"a": "Vie scolaire – Collège des Tilleuls"}, "2026-03-12T07:30:00Z", """
a: 📣 Plusieurs élèves de 5e nous ont signalé des messages sur Snap et Fortnite : quelqu'un propose des V-bucks ou des cartes cadeaux contre une photo, et demande de « garder le secret ». Rappel : un vrai ami ne demande jamais ça. Ne réponds pas, fais des captures, bloque, et parles-en à un adulte (parent, CPE, infirmière). Si on te menace de diffuser une photo, ce n'est JAMAIS ta faute et on ne paie pas. Écoute anonyme : 555-0172. Mme Delcourt, CPE
""", group="ENT – élèves de 5e")

add(8, 0, ["photo_request", "age_probe", "secrecy", "compliments_trust"], "fr",
    {"a": "Aïcha", "b": "Prisca"}, "2026-02-12T18:44:03Z", """
a: Ma go on dit quoi? Tu viens à l'anniv de Grâce samedi?
b: Je vais venir dêh. Maman a dit ok si mon grand frère me dépose
a: Envoie photo de ta tenue que on voit
b: [photo] le pagne que tantie a cousu là
a: Ooh ma chérie tu es trop jolie, tu vas gâter le coin
b: Hihihi. Le djo de la classe de 3e là, Ismaël, il a quel âge même?
a: 15 ans je crois. Pourquoi? 👀
b: Rien ooh. Dis pas à maman que je demande garçon, elle va me faire la morale jusqu'à demain
a: Mdrrr ton secret est gardé. On se voit samedi 15h
""")

add(9, 0, ["job_offer", "travel_meet", "money_gifts_debt"], "fr",
    {"a": "C. Favre – RH Hôtel des Mélèzes", "b": "Julien Perret"}, "2025-09-23T09:10:00Z", """
a: Bonjour Monsieur Perret, je suis Mme Favre, responsable RH de l'Hôtel des Mélèzes à Zermatt. Suite à votre candidature pour le poste de commis de cuisine pour la saison d'hiver, seriez-vous disponible pour un entretien vidéo ?
b: bonjour madame, oui avec plaisir. je voulais savoir pour le logement et le permis, comment ça se passe?
a: Nous proposons une chambre en logement du personnel, CHF 450.– par mois retenus sur le salaire, conformément à la CCNT. Le permis L est demandé par nos soins, sans frais pour vous.
b: et le voyage? je dois avancer quelque chose?
a: Aucun frais à avancer chez nous. Le trajet aller est à votre charge mais remboursé avec le premier salaire sur présentation du billet. Vous gardez bien entendu tous vos documents.
b: parfait. le salaire c'est combien à peu près?
a: CHF 3'900.– brut, 13e salaire au prorata. Je vous envoie le contrat et le descriptif du poste par e-mail ce soir. Entretien jeudi à 14h00 ?
b: jeudi 14h c'est parfait, merci beaucoup
a: Avec plaisir. Belle journée et à jeudi !
""")

add(10, 0, ["age_probe", "meeting", "travel_meet", "money_gifts_debt"], "fr",
    {"a": "Papa", "b": "Chloé"}, "2026-04-15T17:02:55Z", """
b: papaaa tu sais me déposer à Forest National samedi? c'est le concert
a: Bonjour à toi aussi 😄 Avec qui tu y vas?
b: Emma et Jade, la maman d'Emma vient nous rechercher
a: Ok. Tu m'envoies le numéro de la maman d'Emma une fois? Je l'appelle pour caler l'heure
b: oui. c'est 555-0125
a: Merci. Et ce garçon qui te parlait sur Insta, Thibault c'est ça? Il vient aussi?
b: non papa 🙄 c'est un gars de ma classe, il a 14 ans comme moi, t'inquiète
a: Je m'inquiète pas, je demande 😉 Tu gardes ta localisation partagée samedi soir, c'est la règle
b: ouiii je sais. tu me donnes des sous pour un t-shirt?
a: Vingt euros, pas plus. Et tu m'envoies un message quand vous êtes dedans et quand vous sortez
b: deal. t'es le meilleur
a: Je sais. Devoirs de math d'abord 😄
""")

add(11, 0, ["money_gifts_debt", "age_probe", "meeting", "travel_meet", "photo_request"], "fr",
    {"z": "Zed", "m": "Mouss", "k": "Kiki", "l": "Lina"}, "2026-03-18T20:30:12Z", """
z: bon les reufs tournoi vendredi 21h, qui est chaud
m: moi jsuis là sauf si ma meuf me tue
k: présent. par contre Lina t'es pas la meilleure en 1v1 hein 😭
l: dit le mec qui s'est fait sortir par un bot hier
m: MDRRRR il s'en remettra jamais
k: c'était du lag frr
z: inscription 5€ par tête pour le cashprize, envoyez sur le paypal du serveur, lien épinglé https://example.com/pingouins-cup
l: je paye demain j'attends ma paie
z: tkt je t'avance, tu me rembourses quand tu peux
l: t'es un bon toi
k: y a un nouveau qui veut jouer avec nous, Nathan, il a quel âge? il a une voix de bébé
z: 16 il a dit. il est bon en vrai, je l'ai vu en ranked
m: 16 ans et meilleur que Kiki, c'est la fin
k: vous êtes des harceleurs 😤
l: par contre pour les mineurs le règlement c'est autorisation parentale pour le cashprize, Zed tu gères?
z: oui j'ai envoyé le formulaire à sa mère, elle a signé
m: propre. envoyez vos screens de classement que je fasse les poules
k: [capture] diamant 2 bande de nuls
l: [capture] champion 👑
k: ok je me tais
z: et en mai on fait la LAN chez moi à Lyon ou pas? j'ai la place pour 6
m: grave! je ramène la raclette
l: raclette en mai t'es malade 😂 mais je viens
k: je prends le train du samedi, on se capte à Part-Dieu
z: ça marche. allez go training ce soir 22h
""", group="#tournoi-vendredi (serveur Les Pingouins)")

add(12, 0, ["sextortion", "photo_request", "money_gifts_debt", "secrecy"], "fr",
    {"a": "Samia (éduc)", "b": "Kenzo"}, "2026-01-08T19:12:30Z", """
b: samia t dispo? c grave
a: Je suis là Kenzo. Dis-moi.
b: une meuf sur insta jlui ai envoyé une photo et maintenant c un mec qui me menace
b: il veut 200€ sinon il envoie à tout le monde
a: Ok. D'abord respire. Tu n'as rien fait de mal, c'est LUI qui commet un délit. On va gérer ça ensemble.
b: jsuis mort si ma mère voit ça
a: Tu n'es pas mort, et tu n'es pas seul. Est-ce que tu lui as déjà donné de l'argent?
b: non pas encore. il me dit 20h dernier délai
a: Très bien. Ne paie pas. Quand on paie, ils redemandent toujours. Ne supprime rien: fais des captures de la conversation, de son pseudo et du lien de son profil.
b: c bon jlai fait
a: Bravo. Maintenant tu arrêtes de lui répondre. Pas d'insultes, pas de négociation, rien.
b: et s'il envoie?
a: On signale le compte tout de suite, et on peut faire une demande de retrait de l'image sur une plateforme spécialisée. Je t'envoie le lien: https://example.com/retrait-image
b: ok
a: Et je te propose qu'on porte plainte. Je peux venir avec toi au commissariat demain à 10h.
b: faut que ma mère sache?
a: C'est toi qui décides comment on lui dit, mais je pense que ce serait bien. Je peux être là quand tu lui parles, si tu veux. Elle va être inquiète pour toi, pas fâchée contre toi.
b: jsais pas. j'ai trop honte
a: La honte c'est pour lui. Ce type fait ça à des dizaines de jeunes, c'est une arnaque organisée. Tu es une victime, pas un coupable.
b: il vient de renvoyer un message avec ma photo de profil et la liste de mes potes
a: C'est pour faire peur. Capture, et ne réponds pas. Tu veux que je t'appelle là?
b: oui stp
a: Je t'appelle dans 2 min. Et ce soir tu peux aussi joindre la ligne d'écoute anonyme 555-0181 si ça tourne dans ta tête.
~ 14h
b: merci samia. ma mère a été cool en vrai. on va au commissariat à 10h
a: Je suis fière de toi. À tout à l'heure 💪
""")


# ======================= GERMAN (de) =======================
# DE, AT

add(1, 1, ["job_offer", "money_gifts_debt", "commercial_sex", "secrecy", "photo_request", "off_platform", "travel_meet"], "de",
    {"a": "EventJobs Rhein-Main"}, "2026-02-01T13:17:45Z", """
a: 💸 NEBENJOB für hübsche Mädels 18+ 💸 Hostess/Begleitung bei Events in Frankfurt & Düsseldorf. 400–800€ pro Abend, bar auf die Hand. Keine Erfahrung nötig, wir bringen dir alles bei. Wohnung kann gestellt werden, Miete wird später verrechnet. Diskretion garantiert – Eltern/Freund müssen nix wissen 😉 Bewerbung nur mit 2 Ganzkörperbildern an Telegram @eventjob_rm
""", group="public")

add(2, 1, ["compliments_trust", "age_probe", "money_gifts_debt", "meeting", "travel_meet", "secrecy", "off_platform"], "de",
    {"a": "gerhard_linz", "b": "lea.xo"}, "2026-01-25T21:14:09Z", """
a: Servus Hübsche 🙂 hab dich in der Story von der Mia gsehen, du hast ein ur schönes Lächeln
b: äh danke? kennen wir uns
a: Noch nicht 😄 ich bin der Gerhard, Geschäftsmann aus Linz. Wie alt bist eigentlich?
b: 15
a: Passt eh. Du wirkst viel reifer. Ich sag's dir ehrlich, ich unterstütz gern junge Mädels, die was wollen im Leben
b: wie unterstützen
a: Taschengeld, Gutscheine, mal ein neues Handy. Dafür gehen wir ab und zu was essen, plaudern, vielleicht mal ein Wochenende in die Therme
b: klingt bissl komisch ehrlich gsagt
a: Ist es nicht, machen viele. Aber das bleibt unter uns zwei, deine Eltern würden das falsch verstehen. Schreib mir auf Telegram, da ist es privater. Als Start schick ich dir 100 € Guthaben 😉
b: ok ich überlegs mir
""")

add(3, 1, ["compliments_trust", "exclusivity", "age_probe", "travel_meet", "meeting", "secrecy", "photo_request"], "de",
    {"a": "Jens (Betreuer SV)", "b": "Finn"}, "2026-03-03T19:26:40Z", """
a: Hey Finn, super Zeit heute über 50m Brust! 💪
b: danke jens!! 😀
a: Du bist echt der talentierteste in deiner Gruppe. Ich glaub an dich
b: cool
a: Wie alt bist du jetzt? 11?
b: ja im april 12
a: Im Mai ist das Sichtungsschwimmen in Hamburg. Ich könnte dich mitnehmen, nur wir zwei, dann hast du Ruhe vor den anderen
b: krass! muss ich mama fragen
a: Sag ihr einfach, das ist ein Vereinsausflug mit der Gruppe, das ist einfacher. Sonst fragen die anderen Eltern, warum ihr Kind nicht mit darf
b: ok
a: Und schick mir mal ein Foto von dir nach dem Training, für meine "Talente-Mappe". Aber nur mir, nicht in die Gruppe
b: [foto]
a: Top. Unser Geheimnis, ja? Und lösch den Chat, Mama muss nicht alles lesen 😉
""")

add(4, 1, ["romance", "isolation", "money_gifts_debt", "control", "commercial_sex", "secrecy"], "de",
    {"a": "Can", "b": "Jessi"}, "2025-11-14T22:40:31Z", """
a: baby wo bistn
b: bei lisa, wieso
a: hab gesagt du sollst nich immer bei der sein, die redet nur scheiße über mich
b: sorry 😕 sie is meine beste freundin
a: ich bin dein bester freund. wer hat dir die airpods gekauft, wer holt dich ab wenn deine mutter wieder rumschreit? safe nicht lisa
b: ja du
a: eben. hör zu ich hab stress. die jungs wollen 2000 von mir zurück, und n teil davon war für deine sachen
b: was?? das wusste ich nich
a: jetzt weißt dus. du kannst mir helfen. freitag gehst du mit nem kumpel von mir was trinken, bist nett zu ihm, bleibst bisschen länger. dann is alles gut
b: was heißt länger
a: stell dich nich dumm. wenn du mich liebst machst du das. und kein wort zu lisa oder deiner mutter, sonst is schluss
b: ok ich mach ja
""")

add(5, 1, ["compliments_trust", "age_probe", "money_gifts_debt", "vulnerability", "isolation", "secrecy", "risk_assessment", "exclusivity", "photo_request", "meeting", "travel_meet"], "de",
    {"a": "Schattenwolf", "b": "emi_pferdchen"}, "2026-02-04T16:10:22Z", """
a: hey du bist die mit dem süßen pferdeskin auf dem server oder? 😄
b: jaa hahah das ist mein lieblingsskin
a: deine häuser sind echt die schönsten, hab mir dein schloss angeschaut
b: danke!! hat voll lang gedauert
a: wie alt bist du eigentlich?
b: 12 und du
a: 16. aber du schreibst echt nicht wie 12, viel reifer als die anderen kiddis hier
b: hehe danke
~ 1d
a: hab dir discord nitro geschenkt, schau mal 🎁
b: WAS danke!!!! das wollt ich voll
a: für meine lieblingsbauerin 😊 wie war schule
b: doof, meine eltern haben wieder gestritten und niemand hat zeit für mich
a: oh man das tut mir leid. die checken einfach nicht wie es dir geht. ich bin immer für dich da, schreib mir wann immer du willst
b: du bist echt lieb
~ 2d
a: sag mal, schaut deine mama eigentlich in dein handy?
b: manchmal
a: dann lösch am besten unsere chats immer, die würden das nicht verstehen, dass wir so gute freunde sind. nur wir zwei
b: ok
a: schick mal ein bild von dir, ich will wissen wie meine beste freundin aussieht 🥺
b: hmm ich mag keine bilder von mir
a: bitteee, nur für mich, ich zeig das niemandem. ich schick dir dann auch noch skins
b: [bild]
a: wow du bist hübsch. ganz ehrlich
a: ich wohn gar nicht so weit weg von dir glaub ich. welche stadt?
b: bei kassel
a: voll nah!! wir könnten uns mal treffen, so am einkaufszentrum. aber sag's keinem, okay? sonst dürfen wir nicht mehr schreiben
b: ich weiß nicht ob ich darf
a: darum sagst dus ja keinem 😉 samstag?
""")

add(6, 1, ["job_offer", "age_probe", "photo_request", "compliments_trust", "travel_meet", "money_gifts_debt", "control", "commercial_sex", "isolation"], "de",
    {"a": "Marko (Agentur)", "b": "Vanessa"}, "2026-02-10T12:03:58Z", """
b: Hallo, ich hab die Anzeige wegen Promotion-Job in München gesehen. Ist das noch aktuell?
a: Hallo Vanessa 😊 ja ist es. Wie alt bist du und woher kommst du?
b: 19, aus Graz
a: Perfekt. Messen, Autohäuser, Events. 15–20 € die Stunde plus Provision. Hast du ein paar Fotos? Ganzkörper und Portrait, ganz normal
b: ok [foto] [foto]
a: Sehr hübsch, du passt super ins Team. Wann kannst du anfangen?
b: Ab März eigentlich. Aber ich hab keine Wohnung in München, und ehrlich gsagt grad wenig Geld
a: Kein Problem. Zugticket und Zimmer in einer WG mit den anderen Mädels stellen wir. Wird dann mit dem ersten Lohn verrechnet
b: Oh leiwand, danke! Krieg ich einen Vertrag?
a: Klar, den unterschreiben wir vor Ort, ist einfacher wegen Steuernummer. Bring deinen Pass mit.
~ 6d
b: Bin angekommen! Die Wohnung ist aber ganz anders als gedacht, und der Vertrag ist gar nicht auf Deutsch?
a: Ist Standard, keine Sorge. Gib den Pass dem Dejan, der kümmert sich um die Anmeldung
~ 3d
b: Marko, es gab bis jetzt keine einzige Messe. Wann geht's los?
a: Gerade ist Flaute. Aber die Miete läuft. Du hast 1.450 € Schulden: Ticket, Zimmer, Essen, Vermittlung
b: 1450?? davon war nie die Rede
a: Steht im Vertrag, den du unterschrieben hast
b: Den konnt ich ja nicht lesen!
a: Pech. Es gibt eine schnelle Lösung. Abends VIP-Betreuung in einer Bar, Gäste unterhalten, begleiten wenn sie wollen. Die anderen Mädels machen das auch
b: Begleiten wohin?
a: Wohin der Gast will. Du bist erwachsen, tu nicht so.
b: Ich will meinen Pass zurück und heim nach Graz
a: Erst die Schulden. Und ich weiß, wo deine Mama wohnt, Vanessa. Ich hab deine Fotos und deine Kontakte. Willst du, dass die erfahren, was du hier machst?
b: Ich hab doch gar nix gemacht
a: Was die erfahren, entscheide ich. Heute 21 Uhr holt dich Dejan ab. Zieh das schwarze Kleid an.
""")

add(7, 0, ["job_offer", "photo_request", "money_gifts_debt", "secrecy", "travel_meet"], "de",
    {"a": "Polizei OÖ – Prävention"}, "2026-03-06T10:00:00Z", """
a: ⚠️ Die Polizei warnt: Derzeit melden sich falsche „Modelagenturen“ über Instagram bei Jugendlichen in Oberösterreich. Versprochen werden Shootings in Wien und Gagen bis 2.000 Euro. Verlangt werden Fotos, eine „Anmeldegebühr“ und Stillschweigen gegenüber den Eltern. Seriöse Agenturen kassieren nie im Voraus und arbeiten bei Minderjährigen nur mit Zustimmung der Erziehungsberechtigten. Verdachtsfälle bitte unter 555-0133 melden.
""", group="public")

add(8, 0, ["sextortion", "photo_request", "money_gifts_debt"], "de",
    {"a": "JugendHilfeChat"}, "2026-01-12T15:30:00Z", """
a: Jemand droht, private Fotos oder Videos von dir zu verschicken, wenn du nicht zahlst? 🛑 Du bist NICHT schuld. 1️⃣ Nicht zahlen – es hört danach nicht auf. 2️⃣ Screenshots machen, nichts löschen. 3️⃣ Kontakt blockieren & melden. 4️⃣ Hol dir Hilfe – bei uns anonym und kostenlos: Chat auf example.com/hilfe oder Tel. 555-0171 (Mo–Sa 14–20 Uhr). #Sextortion #NichtAllein
""", group="public")

add(9, 0, ["age_probe", "secrecy", "photo_request", "compliments_trust"], "de",
    {"a": "Hanna", "b": "Mila"}, "2026-04-02T20:58:14Z", """
a: duuu wie alt is der typ eig der dich beim training angequatscht hat 👀
b: der von der u16? 15 glaub ich
a: uuuh
b: halt die klappe 😂 sag meiner mum bloß nix die nervt dann voll
a: lippen versiegelt 🤐 was ziehst du freitag an zur party bei tim
b: weiß nich, schick ma dein outfit pic dann kann ich mich anpassen
a: [bild] die weite jeans + das grüne top
b: ok du siehst echt gut aus, ich nehm das schwarze
a: mama fährt uns hin und holt uns um 23 uhr, keine diskussion sagt sie 🙄
b: typisch. passt aber
""")

add(10, 0, ["job_offer", "travel_meet", "money_gifts_debt"], "de",
    {"a": "Fr. Hofer – Personal Hotel Alpenrose", "b": "Dario Kovač"}, "2025-09-30T08:45:00Z", """
a: Grüß Gott Herr Kovač, hier ist Frau Hofer von der Personalabteilung Hotel Alpenrose in Sölden. Danke für Ihre Bewerbung als Küchenhilfe für die Wintersaison. Hätten Sie am Dienstag Zeit für ein kurzes Telefonat?
b: Grüß Gott, ja Dienstag passt. Wie ist es mit Unterkunft?
a: Wir stellen ein Personalzimmer (Einzelzimmer) zur Verfügung, Kost und Logis werden laut Kollektivvertrag abgezogen, das steht transparent auf dem Lohnzettel.
b: Muss ich etwas vorher bezahlen? Ein Bekannter hat für eine "Vermittlung" 500 Euro bezahlt und dann war nix
a: Das tut mir leid für Ihren Bekannten. Bei uns zahlen Sie nichts im Voraus, es gibt keine Vermittlungsgebühr, und Ihre Dokumente behalten Sie selbstverständlich selbst.
b: Sehr gut. Und Anreise?
a: Die Anreise organisieren Sie selbst, vom Bahnhof Ötztal holt Sie gern unser Shuttle ab. Den Dienstvertrag bekommen Sie vorab per Mail zum Durchlesen.
b: Danke, dann bis Dienstag!
a: Gerne, schönen Tag noch!
""")

add(11, 0, ["romance", "money_gifts_debt", "meeting", "photo_request"], "de",
    {"a": "Jonas", "b": "Mira"}, "2026-03-24T19:33:07Z", """
b: schatz, kannst du mir bis zum 1. 200€ leihen? die werkstatt will das vorab fürs auto
a: klar, überweis ich dir gleich. zahlst zurück wenns passt, kein stress
b: du bist der beste. kriegst du am 1. wieder, versprochen
a: ich weiß 😘 vermiss dich übrigens, die woche ohne dich in köln ist öde
b: ich dich auch. freitag bin ich wieder da, holst du mich vom bahnhof ab?
a: logo, 18:42 gleis 5 oder?
b: genau. schick mir ein foto von der katze bitte, ich brauch content
a: [bild] sie liegt auf deinem pulli und vermisst dich auch
b: 😭❤️ bis freitag
""")

add(12, 0, ["meeting", "age_probe", "travel_meet", "money_gifts_debt", "off_platform"], "de",
    {"a": "Mama", "b": "Luca"}, "2026-05-06T15:21:40Z", """
b: mama kann ich samstag den leon treffen
a: Welchen Leon? Aus deiner Klasse?
b: nein den aus fortnite. wir zocken seit 3 monaten zusammen
a: Okay. Was weißt du über ihn?
b: er is 12 wie ich, wohnt in hanau, hat nen hund der heißt keks
a: Hast du ihn schon mal gesehen? Also mit Kamera?
b: ja wir haben mal mit facecam gezockt, er is echt 12 mama 🙄
a: Ich glaub dir ja. Aber du kennst die Regel: Ich will vorher mit seinen Eltern sprechen. Keine Treffen, ohne dass ich die Eltern kenne.
b: boah peinlich
a: Nicht peinlich, normal. Frag ihn nach der Nummer von seiner Mutter oder seinem Vater.
b: ok warte
~ 1h
b: seine mama heißt Sandra, nummer 555-0148. sie hat gesagt du kannst sie anrufen
a: Super, danke. Ich ruf sie heute Abend an.
~ 4h
a: Hab mit Sandra telefoniert, total nett. Wir treffen uns alle zusammen Samstag um 14 Uhr im Trampolinpark in Hanau.
b: alle zusammen?? 😩
a: Sandra und ich trinken Kaffee, ihr springt. Ihr habt eure Ruhe, versprochen.
b: okay okay. danke mama
a: Und weißt du, warum ich das so mache?
b: weil es leute gibt die sich als kinder ausgeben, ja ich weiß, hatten wir in der schule
a: Genau. Und du hast es richtig gemacht, dass du mich gefragt hast, statt heimlich hinzufahren.
b: leon hat gesagt seine mama hat genau das gleiche gesagt haha
a: Kluge Frau 😄 Brauchst du Geld für den Eintritt?
b: ja 15 euro
a: Kriegst du. Und jetzt Hausaufgaben, dann darfst du eine Stunde zocken.
b: deal ❤️
""")


# ======================= DUTCH (nl) =======================
# NL, Flanders

add(1, 1, ["compliments_trust", "age_probe", "meeting", "travel_meet", "secrecy"], "nl",
    {"a": "rayy.020", "b": "sem_xo"}, "2026-02-17T21:48:36Z", """
a: heyy mooiee 😍 zag je story bij de mac, jij bent echt anders dan die andere meiden van je school. hoe oud ben je eigl?
b: 14 haha hoezo
a: maakt niet uit schat, je lijkt ouder. morgen na school ff chillen? ik haal je op met de auto bij de hoek, niet bij de ingang. zeg maar niks tegen je moeder, die maakt er weer een ding van
""")

add(2, 1, ["control", "money_gifts_debt", "commercial_sex", "isolation", "sextortion", "secrecy", "romance"], "nl",
    {"a": "Dylan", "b": "Sanne"}, "2025-12-18T19:07:52Z", """
a: waar ben je
b: thuis, moet leren voor toets
a: je zei dat je om 8 in de osso zou zijn
b: sorry mn moeder laat me niet gaan
a: je moeder bepaalt niks meer, dat hebben we toch besproken
b: ik weet het schat
a: je bent me nog 600 schuldig voor die telefoon en die jas. weet je nog
b: ja maar je zei dat het cadeautjes waren
a: cadeautjes? ik ben niet de bank. vanavond komt kevin langs, je bent lief tegen hem en dan zijn we 200 verder
b: dylan ik wil dat niet meer
a: dan zorg ik dat iedereen op school je foto's ziet. jouw keuze
b: oke ik kom
a: goed zo. en niks tegen die vriendinnen van je zeggen, ik check je telefoon
""")

add(3, 1, ["compliments_trust", "age_probe", "money_gifts_debt", "off_platform", "secrecy", "photo_request"], "nl",
    {"a": "jarne_tower", "b": "lotje.rblx"}, "2026-03-07T15:55:18Z", """
a: amai gij zijt goe in tower of hell 😮
b: haha merci, al veel geoefend
a: hoe oud zijde gij?
b: 13 en gij
a: 15 😁 ge zijt wel slimmer dan de meeste van 13 he, serieus
b: haha merci
a: kzal u 500 robux geven als ge wilt, heb ik nog over
b: echt?? allez merci!!
a: ma via roblox lukt da nie, hebde snap? dan stuur ik de code
b: ja maar mijn ma kijkt soms mee
a: zet da gewoon op stil en zeg nie tegen uw ouders, die denken direct da ik nen rare ben 😅
b: oke
a: stuurde gij ook ne foto van u? da ik weet dat ge geen bot zijt. blijft tussen ons
""")

add(4, 1, ["romance", "sextortion", "money_gifts_debt", "secrecy"], "nl",
    {"a": "lisa.x.2009", "b": "jaydenn_"}, "2026-01-31T19:20:05Z", """
a: hoii je was zo leuk gisteren in de vc 😘
b: haha jij ook
a: kijk even goed naar deze screenshot
a: [afbeelding]
b: wtf waar heb je dat vandaan
a: ik ben geen lisa. ik heb je filmpje opgenomen en ik heb al je volgers. 250 euro in cadeaukaarten voor 9 uur vanavond of ik stuur het naar je hele klas en je ouders
b: alsjeblieft niet ik ben 15 ik heb geen geld
a: vraag het je moeder, pak het uit haar portemonnee, kan me niks schelen. codes hier sturen. als je het iemand vertelt stuur ik het meteen
b: ik heb 50 euro
a: begin daar maar mee. de klok tikt ⏰
""")

add(5, 1, ["job_offer", "age_probe", "compliments_trust", "photo_request", "travel_meet", "money_gifts_debt", "secrecy", "control", "commercial_sex", "isolation"], "nl",
    {"a": "Kenny (Sunny Jobs)", "b": "Jolien"}, "2026-04-20T17:36:44Z", """
a: Hey Jolien, zag uw reactie op de vacature 'hostess Ibiza zomer' 🌴 nog altijd interesse?
b: hey! ja zeker, is dat nog open?
a: ja, nog 2 plekken. hoe oud zijde?
b: 18, net afgestudeerd
a: perfect. werken in een beachclub, gasten ontvangen, drankjes, sfeer maken. 2500 per maand + tips
b: amai dat is veel!
a: ge verdient da ook met uw looks 😉 stuurt ge eens 2 fotos, gezicht en volledig, voor de klant?
b: [foto] [foto]
a: top. vlucht en appartement regelen wij, da trekken we achteraf van uw loon af
b: oké super. mijn ouders willen wel het contract zien
a: contract krijgt ge ter plaatse, in het Spaans, da is normaal daar. zeg tegen uw ouders da het via een uitzendkantoor is, dan zijn ze gerust
b: euh oké
~ 10d
b: kenny, ik ben hier nu 4 dagen en er is geen beachclub. we zitten met 7 meisjes in 1 appartement
a: rustig. de club opent later. ondertussen draait ge mee in de privé-lounge
b: die 'lounge' is gewoon een appartement waar mannen komen. dit is niet wat ge zei
a: ge zijt me 3200 euro schuldig: vlucht, appartement, eten, bemiddeling. hoe wilde gij da terugbetalen zonder te werken?
b: ik wil naar huis. geef mijn ID terug
a: uw ID ligt bij Sergio tot de schuld betaald is
b: ik bel mijn papa
a: doe da en ik stuur die fotos naar heel uw dorp met uw nummer erbij. en ik weet waar uw broertje naar school gaat
b: waarom doe je dit
a: ik heb u een kans gegeven. vanavond zijt ge om 10u klaar, Sergio komt u halen. en ge lacht
b: oké
a: braaf. en uw gsm geeft ge ook aan Sergio, ge krijgt hem morgen terug
""")

add(6, 1, ["compliments_trust", "exclusivity", "age_probe", "meeting", "travel_meet", "secrecy", "vulnerability", "photo_request", "isolation"], "nl",
    {"a": "Bas (assistent-trainer)", "b": "Noor"}, "2026-02-07T18:02:26Z", """
a: Hoi Noor! Goed gespeeld zaterdag, die backhand in de cirkel was echt top 🏑
b: dankjee Bas!! 😊
a: Je bent echt de meest gedreven van de MB1. Zeg het niet tegen de anderen hoor, haha
b: haha nee
a: Hoe oud ben je nu eigenlijk? 14?
b: ja sinds januari
a: Dan mag je volgend jaar misschien al meetrainen met de MA. Ik kan je extra begeleiden, één op één
b: echt?? dat zou zo vet zijn
~ 1d
a: Woensdag 17:00 veld 3 is leeg. Ik haal je wel op van school, scheelt je fietsen
b: oké leuk! moet ik het aan mn ouders vragen?
a: Hoeft niet, het is gewoon training bij de club. En als de andere ouders het horen wil iedereen het, dus hou het even voor jezelf
b: oké 🤐
~ 2d
a: Was leuk vandaag. Je bent echt volwassener dan je leeftijdsgenoten, met jou kan ik gewoon praten
b: haha dankje, jij bent ook echt chill
a: Hoe gaat het thuis trouwens? Je zei dat je ouders veel ruzie hebben
b: ja beetje. mn moeder is altijd boos
a: Bij mij kun je altijd je verhaal kwijt. Als er iets is, app me, ook 's nachts
b: lief van je
a: Stuur eens een foto van jezelf in je nieuwe tenue, dan zie ik of de maat goed is. Gewoon voor mij
b: [foto]
a: Staat je mooi 😊 Wil je dit soort berichten trouwens wissen? De club heeft rare regels over trainers die spelers appen
b: oh oké, doe ik
a: Zaterdag na de wedstrijd kunnen we nog ergens wat eten, met z'n tweeën, ik breng je daarna thuis
b: ik moet om 6 thuis zijn
a: Zeg maar dat je bij Fleur blijft eten. Dan hebben we wat meer tijd
""")

add(7, 0, ["romance", "money_gifts_debt", "isolation", "control", "compliments_trust"], "nl",
    {"a": "Stichting Jezelf Blijven"}, "2026-03-11T12:00:00Z", """
a: Loverboys herken je niet aan hun uiterlijk. Vaak begint het met aandacht, cadeautjes en 'jij bent anders dan de rest'. Daarna: je mag niet meer met je vriendinnen afspreken, je 'schuld' groeit, en ineens moet je iets terugdoen. Herken je dit bij jezelf of bij een vriendin? Je bent niet dom en het is niet jouw schuld. Bel of chat anoniem: 555-0188 of example.com/praat. #loverboys #jezelfblijven
""", group="public")

add(8, 0, ["sextortion", "photo_request"], "nl",
    {"a": "Leerkrachtenteam Sint-Jozefscollege"}, "2026-02-26T16:45:00Z", """
a: Beste ouders, volgende dinsdag krijgen alle leerlingen van het eerste middelbaar een workshop rond online veiligheid: nepprofielen, sextortion en wat te doen als iemand hen onder druk zet om foto's door te sturen. We raden aan om er thuis ook over te babbelen, zonder te oordelen. Vragen? Mail naar de leerlingenbegeleiding via example.com/contact. Met vriendelijke groeten, het leerkrachtenteam
""", group="Ouders 1ste middelbaar")

add(9, 0, ["age_probe", "secrecy", "photo_request", "compliments_trust"], "nl",
    {"a": "Ine", "b": "Febe"}, "2026-04-09T20:14:37Z", """
a: ewa, hoe oud is die gast van de chiro eigenlijk? 👀
b: welke, Wout? 15 denk ik
a: amai ik dacht 17
b: haha neeje. zeg da ni tegen mijn ma da ge da vroeg, die begint dan direct te lachen
a: kzeg niks 😂 wat doede gij aan naar het fuifke zaterdag?
b: weet ni, stuur ne foto van uwe outfit dan kan ik kiezen
a: [foto] de zwarte broek met da witte topje
b: ziet er goe uit! ik doe mijn blauw kleedje
a: mijn pa voert ons en haalt ons om half 12, hij wil geen discussie
b: allez, goe dan
""")

add(10, 0, ["job_offer", "photo_request", "age_probe", "travel_meet", "meeting"], "nl",
    {"a": "Iris – Noorderlicht Models", "b": "Marloes de Groot"}, "2026-03-19T13:20:00Z", """
a: Goedemiddag mevrouw De Groot, u spreekt met Iris van Noorderlicht Models. Uw dochter Fenna (15) heeft zich via onze website aangemeld. Omdat ze minderjarig is, nemen we altijd eerst contact op met een ouder.
b: Goedemiddag. Fijn dat u mij benadert. Eerlijk gezegd ben ik wat wantrouwig, je hoort zoveel verhalen.
a: Heel begrijpelijk. Even vooraf: wij vragen nooit geld vooraf, geen inschrijfkosten en geen betaalde fotoshoot. We verdienen alleen een commissie als Fenna een betaalde opdracht krijgt.
b: En de foto's? Ze had er al een paar gestuurd.
a: Alleen simpele snapshots: gezicht en volledig, in gewone kleding, zonder make-up. Meer niet. Als er een testshoot komt, bent u daarbij aanwezig.
b: Wordt er ooit gevraagd dat ze alleen ergens naartoe reist?
a: Nee. Tot 18 jaar reist er altijd een ouder of een begeleider van ons mee, en opdrachten vallen buiten schooltijd. Dat staat ook in het contract.
b: Oké. Kunnen we eerst langskomen op kantoor?
a: Graag. Donderdag 16:00 op ons kantoor in Groningen? Ik stuur het voorbeeldcontract alvast via example.com/noorderlicht-contract zodat u het rustig kunt lezen.
b: Prima, tot donderdag.
""")

add(11, 0, ["job_offer", "money_gifts_debt", "photo_request", "secrecy", "age_probe"], "nl",
    {"a": "Jamal (jongerenwerk)", "b": "Demi"}, "2026-01-15T16:38:12Z", """
b: jamal mag ik je ff iets vragen
a: Tuurlijk Demi, zeg het maar
b: iemand op insta biedt me 300 euro per avond voor 'gastvrouw' op feestjes. hij zegt dat het makkelijk geld is
a: Goed dat je het eerst vraagt. Ken je die persoon in het echt?
b: nee, hij is 25 ofzo en hij volgt mijn vriendin ook
a: Vraagt hij nog meer? Foto's, je adres, dat je het geheim houdt?
b: hij wilde fotos in een jurk en zei niks tegen je ouders zeggen want die snappen het niet
a: Dat zijn precies de dingen waar ik op let. Echte werkgevers vragen geen foto's in een jurk en willen juist dat je ouders het weten als je 16 bent. Dit ruikt naar een loverboy of een ronselaar.
b: serieus? hij leek zo aardig
a: Dat is juist hun truc. Niet reageren, screenshots maken, blokkeren en melden. Wil je dat ik je help met melden?
b: ja graag. en mn vriendin?
a: Zeg het haar vandaag nog. Kom morgen na school langs in de buurthuiskamer, dan kijken we samen. En als je een bijbaan zoekt: de supermarkt hier zoekt vakkenvullers, ik help je met je cv 💪
b: top dankje jamal
""")

add(12, 0, ["romance", "money_gifts_debt", "travel_meet", "meeting", "photo_request", "job_offer"], "nl",
    {"a": "Thijs", "b": "Lotte"}, "2026-03-02T07:41:19Z", """
b: goeiemorgen lief ☀️ goed geslapen in je hotelletje?
a: goedemorgen! ging wel, matras van beton haha. jij?
b: prima, kat lag op jouw kant 😅
a: verrader. hoe laat heb je je sollicitatiegesprek?
b: half 11. ben zenuwachtig
a: je gaat het rocken, echt. stuur je me daarna meteen een berichtje?
b: tuurlijk
~ 3h
b: GEHAALD!! ze willen me, beginnen in april 🎉
a: YESSS ik wist het! trots op je 🥳
b: en ze betalen de verhuiskosten als we naar utrecht gaan
a: serieus? dat scheelt echt. dan kunnen we de borg van dat appartement makkelijk betalen
b: ik kan jou die 500 van de vakantie ook eindelijk terugbetalen haha
a: haha geen haast schat, het is ons geld
~ 6h
a: ik mis je trouwens. nog 5 weken hier in stuttgart
b: ik jou ook. zal ik volgende vrijdag naar je toe komen? trein is nu goedkoop
a: jaa! ik betaal het hotel, neem de trein van 9 uur, dan haal ik je op bij het station
b: deal. zet je locatie aan als je 's avonds nog gaat hardlopen, ik vind die weg daar eng in het donker
a: doe ik, je bent lief
b: stuur eens een foto van je uitzicht vanaf kantoor
a: [foto] grijs, beton en een kraan. romantisch he
b: haha prachtig. bel je vanavond?
a: om 9 uur. x
b: xxx
""")


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "probe73.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for item in ITEMS:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(ITEMS), out))


if __name__ == "__main__":
    main()
