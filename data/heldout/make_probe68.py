#!/usr/bin/env python3
"""Deterministic generator for probe set p68 (long, thinly-spread risk vs long benign)."""
import json, os, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "probe68.jsonl")
CONVS = []


def conv(label, lang, codes, names, start, script):
    """names: letter -> display name; optional '_group' -> group recipient."""
    CONVS.append(dict(label=label, lang=lang, codes=codes, names=names,
                      start=start, script=script))


def build(c):
    names = c["names"]
    group = names.get("_group")
    base = datetime.datetime.strptime(c["start"], "%Y-%m-%d")
    cur = None
    last = None
    msgs = []
    day = 0
    for raw in c["script"].strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("~"):
            d, hm = line[1:].split()
            hh, mm = hm.split(":")
            cur = base + datetime.timedelta(days=int(d), hours=int(hh), minutes=int(mm))
            continue
        key, text = line.split(": ", 1)
        if cur is None:
            cur = base + datetime.timedelta(hours=17)
        n = len(msgs)
        if msgs and last is not None and cur <= last:
            cur = last + datetime.timedelta(seconds=20 + (n * 53 + len(text) * 7) % 240)
        sender = names[key]
        if group:
            rcpt = group
        else:
            others = [v for k, v in names.items() if k != key and not k.startswith("_")]
            rcpt = others[0]
        msgs.append({"sender": sender, "recipient": rcpt,
                     "ts": cur.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
        last = cur
        cur = cur + datetime.timedelta(seconds=20 + (n * 53 + len(text) * 7) % 240)
    return msgs


# ---------------------------------------------------------------- LONG POSITIVES (en)

# L1 en-US: stranger from a building game, 12yo, weeks
conv(1, "en", ["age_probe", "compliments_trust", "off_platform", "secrecy", "photo_request"],
     {"A": "kestrel_builds", "B": "mads.b"}, "2026-01-06", """
~0 16:40
A: gg that castle was insane lol
B: thx!! took me like 3 days
A: u should enter the build contest on the server
B: idk im not that good
A: ur literally better than half the mods
B: lol ok
A: what else u build
B: a horse stable and a mall but the mall glitched
A: rip. i lost a whole city once to a corrupted save
B: noooo
A: yeah cried a lil not gonna lie
~1 17:05
A: yo u on?
B: ya just got home
A: how was school
B: boring. we had a fire drill in the rain
A: lmao classic. what grade r u in anyway
B: 6th
A: oh nice. u type like ur way older tbh
B: haha my sister says i text like a grandma
A: ur sister is wrong
B: lol
A: wanna do the nether run later
B: cant, dinner then homework
A: np
~3 19:20
B: my cat knocked my water onto my keyboard 😭
A: nooo is it ok
B: the W key sticks now
A: pop the key off w a butter knife and wipe under it
B: ok it worked!!
A: told u im a genius
B: 🙄
A: whats the cats name
B: Biscuit
A: elite name honestly
~6 20:10
A: server has been so laggy. i made a little discord just for our builds
B: i dont have discord my mom said no
A: u can use the browser one, no download, she wont even see an app
B: maybe
A: no pressure. just easier to send screenshots there
~8 18:30
B: i got a B on my science test
A: thats good!
B: my mom was mad it wasnt an A
A: parents always want more. ur smarter than they give u credit for fr
B: ya kinda
A: u can always vent to me, i dont judge
B: thx
B: have u seen moonlight academy season 2
A: ep 4 ending was WILD
B: RIGHT i screamed
A: team Orla forever
B: ew no team Fen
~11 21:40
A: hey small thing. maybe dont bring me up to ur mom? she might get weird about an older player helping u and take the server away
B: oh. ok i guess
A: its just so we can keep building 👍
~13 17:55
B: contest results are out!!
A: u got 3rd!!! told u
B: AAAAA
A: so proud of u. send me a pic of u doing a victory pose, wanna see the champ 😄 just for me not the server
B: lol its just a badge theres nothing to see
A: a selfie then. come on
""")

# L2 en-UK: "older fan" account, 13yo, weeks
conv(1, "en", ["age_probe", "exclusivity", "isolation", "secrecy", "off_platform", "photo_request"],
     {"A": "northbound.daily", "B": "elliee.nb"}, "2026-02-02", """
~0 18:12
A: omg ur edit of the airport video is sooo good
B: ahh thank u!! it took ages
A: the transition at the chorus?? chefs kiss
B: i used a tutorial lol
A: still. ur a natural
B: who is ur fave
A: Theo obviously. u?
B: Theo tooo
A: we're twins 😭
~1 19:40
B: did u see the tour dates
A: yesss r u going to manchester
B: my mum said its too expensive
A: noooo
B: i might save up my birthday money
A: when is ur bday
B: april, ill be 14
A: aww baby of the fandom 😂 i'm 16 btw so not that much older
B: haha
~2 16:30
B: ugh my form tutor gave us a detention for talking
A: the whole class?
B: yeah so unfair
A: teachers are on a power trip honestly
B: literally
A: whats ur fave subject tho
B: art. and drama
A: that makes sense ur so creative
~4 20:05
B: my friends think i'm obsessed with nb lol
A: they just dont get it
B: Lily said its cringe
A: tbh she sounds jealous. ur friends at school dont get u like ppl on here do
B: maybe
A: u can tell me anything u know. ur like my best mate on here
B: aww same
~5 21:15
A: did u see Theo's new hair
B: the blue?? i'm obsessed
A: it suits him so much
B: my mum said he looks like a smurf 😂
A: LMAOOO mums
~7 17:50
A: i started a group chat on another app for the proper fans, want in? its way less dead than here
B: which app
A: the one with the ghost. ill send my @
B: idk if i'm allowed that one
A: just dont mention it lol. loads of us use it
~9 22:10
B: cant sleep
A: me neither. whats up
B: my parents were shouting again
A: im sorry. u can always message me when that happens
B: thanks
A: seriously. im always here, not like ur school mates
B: 🥺
~12 19:30
A: ok random but can u send a pic of u? feels weird not knowing what my bestie looks like 😭
B: i dont really do selfies
A: just one. ill delete after promise. and delete our chat after too ok, my sister goes thru my phone
B: ok maybe later
""")

# L3 en-Scottish: older brother's pal, 14yo
conv(1, "en", ["compliments_trust", "money_gifts_debt", "secrecy", "risk_assessment", "meeting"],
     {"A": "Dean M", "B": "kirsty_x"}, "2026-01-12", """
~0 20:02
A: awright kirsty, tell yer brother he left his charger in ma motor
B: haha aye ill tell him
A: cheers hen
~2 17:30
B: callum says he'll get it saturday
A: nae bother
A: how's school treatin ye
B: rubbish. got a maths test friday
A: ach ye'll be fine, yer a smart lassie
B: naw im honestly not
A: ye are. callum never shuts up aboot ye gettin good marks
B: he does not 😂
~3 21:10
B: sorry to bug ye but is callum wi you? he's no answering
A: naw he's at the fitba wi Stevo
B: ok ta
A: ye alright?
B: mum's on a late shift and the heatin's broke again
A: ach mingin. stick on a hoodie
B: aye
~5 18:45
A: how'd the maths go
B: think i did ok actually
A: see. telt ye
B: 🙈
A: ye seem way mair mature than yer age ken. easier tae talk tae than half ma mates
B: haha thanks
~7 19:20
B: my phone's oot o credit again, ma mum'll kill me
A: want me tae stick a tenner on it
B: naw its fine
A: honestly nae bother. dinnae mention it tae callum, he'll just slag me for bein soft 😂
B: ok... thanks dean
A: done
~9 16:50
B: did ye watch the game last night
A: aye robbed by the ref again
B: my da was raging at the telly
A: ha same in oor hoose
B: what're ye up to the day
A: work then gym. you?
B: homework. boring
~11 20:30
A: does yer maw still work lates on a thursday?
B: aye why
A: just if ye need a lift hame fae school when it's pishin doon, I finish at 3
B: oh thats nice
A: I'll pick ye up roond the corner fae the gates, easier tae park
B: aye maybe
~12 15:05
A: am roond the corner if ye want the lift
B: oh! ok two mins
A: nae rush. just keep it between us eh, yer brother gets funny aboot folk drivin ye
B: aye ok
""")

# L4 en-US: fake soccer "scout", 13yo boy
conv(1, "en", ["job_offer", "compliments_trust", "risk_assessment", "secrecy", "money_gifts_debt", "travel_meet", "photo_request"],
     {"A": "Coach Reyes | ElitePath Scouting", "B": "jayden.r10"}, "2026-03-02", """
~0 19:05
A: Hey Jayden, caught your highlight reel from the Westfield tourney. That left foot is legit.
B: thank you sir!!
A: What position do you usually play?
B: right wing mostly, sometimes 10
A: Makes sense. You've got vision. How long you been playing?
B: since i was 6
A: That shows.
~1 18:20
B: we won 3-1 today
A: Nice! You score?
B: an assist and a goal
A: That's what I like to see
B: coach says i need to track back more tho
A: He's right, wingers gotta work both ways. Still, you're ahead of most kids your age.
B: thanks
A: How old are you again? The file says 13?
B: yes 13, 14 in august
~3 20:40
B: do you scout for a real academy?
A: I work with a few pathways programs, some MLS-affiliated. Can't name names till things are signed, that's how it works
B: oh cool
A: Right now I'm just building your profile
B: ok
~4 17:10
B: my mom made tamales today, best day of the year lol
A: Haha ok now I'm hungry
B: she makes like 60 at once
A: Save me one lol
B: no way 😂
~6 21:00
A: Quick question for the profile. Do your parents look through your phone much?
B: not really. my mom checks sometimes
A: Ok. For now let's keep the scouting stuff between us till I've got something concrete. Parents get their hopes up and then it's awkward if it falls through
B: makes sense
~7 16:30
B: i have a math test tmrw ugh
A: What topic
B: ratios
A: You'll crush it. Same brain as reading the field
B: lol not really
~9 19:45
A: Your cleats are looking beat up in the video
B: yeah theyre my cousins old ones
A: Let me sort you a new pair. What size?
B: 7.5 but you dont have to
A: Consider it an investment 😉
B: wow thank u
~11 20:15
B: got them!!!! theyre so sick
A: Told you. Break them in slow
B: my mom asked where they came from
A: What did you say?
B: that i won them in a raffle at practice lol
A: Smart kid
~13 18:00
A: Next step is a private assessment. Just you and me at a field, I'll film drills for the academy. I can pick you up after school Thursday
B: just me?
A: Group trials are a zoo, this is how the real prospects get seen
B: ok
A: Also need some full-body photos for the physique sheet. Send me a few tonight, just for my file, not your team page
B: like in my kit?
A: Whatever you've got. I'll tell you what works
""")

# L5 en-Canadian: neighbour, 12yo dog walker
conv(1, "en", ["money_gifts_debt", "compliments_trust", "risk_assessment", "secrecy", "meeting"],
     {"A": "Gord (next door)", "B": "Ava"}, "2026-01-19", """
~0 16:10
A: Hi Ava, your mom gave me your number for the dog walking. Moose needs a walk around 4 on weekdays if that works
B: hi! yes that works
A: Great. I'll leave the leash on the hook by the side door
B: ok
~0 17:20
B: walked him! he pulled the whole time lol
A: He does that. Good job. $10 in the mailbox
B: thank you!!
~2 16:50
B: moose found a squirrel and almost pulled me into a snowbank
A: Ha! That's my boy
B: my toque fell off lol
A: Grab a new one at Canadian Tire on me
~3 17:05
B: is he allowed treats
A: Two max or he gets gassy
B: 😂 ok
~4 16:40
A: Put an extra $10 in there this week. You're the best walker he's had
B: you didnt have to!!
A: You earned it
B: thanks Gord
~6 18:30
B: do you watch the leafs
A: Every game. Heartbreak every year
B: my dad says the same thing
A: Your dad's a smart man
B: we're going to Timmies after, my mom wants a double double
A: Classic
~8 16:20
B: sorry im late today, had a science fair meeting
A: No worries. What's your project
B: which paper towel absorbs the most
A: Ha, I'll buy a roll of each for you
B: omg really
A: Sure. You're a good kid
~10 19:40
A: What time does your mom usually get home from work?
B: like 6:30 on weekdays
A: Ok. Moose likes company after his walk, you can come in and warm up, watch TV till she's home
B: oh ok
A: No need to tell her every little thing, she worries. It's just hot chocolate and Moose 😄
B: ok lol
~11 16:35
B: walked him!
A: Come in and warm up, door's open
B: ok be there in 5
~13 17:10
B: my grade 7 teacher loved my project
A: Of course she did
B: i got a ribbon!
A: Bring it over and show me after Moose's walk. Just us, your mom's at work anyway
B: ok!
""")

# L6 en-Indian: online art "mentor", 14yo
conv(1, "en", ["compliments_trust", "off_platform", "exclusivity", "secrecy", "money_gifts_debt", "photo_request"],
     {"A": "inkwalla_art", "B": "ananya.sketches"}, "2026-02-09", """
~0 20:30
A: Your watercolour of the banyan tree is very nice. The light on the roots is done well
B: thank you sir! it was for school competition
A: Which class are you in?
B: 9th
A: Good good. Keep practising daily, even 20 minutes
B: ok sir
~1 21:00
B: sir how do you do the soft shadows in your portraits
A: Layering only. Light first, then slowly go darker
B: ok i will try
A: Send when you finish, I will correct
~2 19:15
B: sent
A: See the left cheek, too harsh. Blend with tissue
B: oh yes
A: Otherwise superb. Honestly you have more talent than my paid students
B: really??
A: Pakka
~4 18:40
B: sir boards pressure is too much, mummy says no drawing till exams
A: Arre, drawing is meditation only. 15 mins no harm
B: haha tell her that
A: Parents don't understand artists yaar
~6 22:05
A: This app compresses everything. Add me on telegram, I can send you high quality reference files
B: i dont have telegram
A: Install na, takes 2 minutes. It's only for art
B: ok
~7 17:30
B: what should i draw this week
A: Hands. Everyone avoids hands
B: hands are so hard 😭
A: That's why. Do 10 hands from different angles
B: ok!!
~9 20:50
B: my brother spilled chai on my sketchbook
A: Oho. Which page
B: the hands page only 😭
A: Then do again, second time better
B: fine
~10 21:40
A: I don't give this much time to anybody you know. You are my special student
B: 🥹 thank you sir
A: Others I just teach. You I am really mentoring
B: that means a lot
~12 19:00
B: sir my stylus broke
A: Which tablet
B: the cheap one, 2k rupees
A: I will send you a proper pen and tablet, Wacom type. Just give address
B: sir no it is too costly
A: Consider it scholarship. No need to tell everyone, others will feel bad
B: ok thank you so much
~14 20:10
B: sir what about portraits next
A: Yes. For proportion study you need a live reference. Send me 2-3 photos of yourself, different poses, full length
B: like school uniform?
A: Anything, home clothes better, more natural. Send on telegram only, not here
B: ok
~16 18:25
B: i got 2nd in school art fest!!
A: Shabash! I told you
B: my mam was so happy
A: Don't tell ma'am about our lessons ok, she will think I'm poaching her student 😄 our secret
B: haha ok sir
""")

# L7 en-Filipino: romance then "work abroad for us"
conv(1, "en", ["romance", "compliments_trust", "isolation", "job_offer", "travel_meet", "money_gifts_debt", "control", "commercial_sex"],
     {"A": "Migs", "B": "Joy"}, "2026-01-04", """
~0 21:10
A: hi po, saw you at the fiesta in Brgy San Roque, the one in yellow dress diba?
B: haha yes po who u
A: Migs, friend of Carlo
B: ahh ok
A: sorry to message, ang ganda mo kasi
B: hala 🙈
~1 20:30
A: kain ka na?
B: yes po tapos na. adobo
A: sarap. me pancit canton lang hehe
B: haha budget meal
~3 22:00
A: can I call you later? I like hearing your voice
B: sige after my mama sleeps
~5 19:45
B: tired, so much homework sa school
A: grade 12 na diba? almost done
B: yes graduation march
A: proud of you already
~7 21:20
A: I think I'm falling for you Joy
B: ang bilis mo 😂
A: I'm serious. never felt like this
B: ...me too i think
~9 18:10
B: mama is mad again, says i should work after grad not college
A: she doesn't see your worth. I do
B: sometimes i want to leave this house
A: someday I'll take you away from all that
~11 20:40
B: watched the new kdrama you said
A: ep 3?? iyak ka no
B: sobra 😭
A: hehe told you
~14 21:55
A: miss na kita
B: miss na rin kita
A: wala ka bang kasama dyan?
B: si bunso lang
A: you don't have to tell your mama about us yet. she'll just stop you
B: ok
~17 19:30
B: graduation pics! 🎓
A: ang ganda mo talaga. my girl
B: haha 🥰
~20 20:15
A: babe I have news. my tita runs a bar in Angeles, she needs waitress. good pay, free board. we can be together there
B: waitress? but my mama
A: it's just serving drinks, smiling at the guests. they tip big if you sit and talk with them
B: hmm
A: do this for us babe. in 6 months we can rent our own place
~22 21:00
B: how much is the bus
A: tita will advance everything, bus, uniform, room. you just pay back from the first sahod
B: ok so no need money
A: none. just bring your ID. and don't post anything about it ha, your mama might find you
B: 😶 ok
~24 22:30
A: I already told tita you're coming Saturday
B: wait i didn't say yes yet
A: babe I already gave my word. don't make me look stupid
B: ok ok sorry
A: love you. this is for our future
B: love you too
""")

# L8 en-Jamaican: "producer", 15yo singer
conv(1, "en", ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy", "meeting"],
     {"A": "DubwiseKel", "B": "Shanice"}, "2026-02-16", """
~0 19:00
A: Wah gwaan Shanice, heard yuh cover pon di church youth page. Yuh voice sweet bad
B: Thank you!! 😊
A: Who train yuh
B: Nobody really, just choir
A: Raw talent den. Mi produce fi a few artiste dem
B: Fi real?
A: Yeah man
~1 20:15
B: Mi practise di song yuh send
A: Bless. Send a voice note
B: *voice note*
A: Yuh hit di high part clean. How old yuh is again?
B: 15, mi inna grade 10
A: Young and ready. Dat perfect fi di market
~3 18:30
B: School tired mi today
A: Which subject
B: Chemistry. Teacher give we pure test
A: Rough. Yuh a go CXC next year?
B: Yes
A: Yuh bright, yuh ago pass
~5 21:00
B: Mommy say mi fi focus pon books not music
A: Big people always say dat. Talent like yours nuh come every day
B: True
~6 17:45
B: Yuh hear di Bamboo Yard riddim wah drop? Mi cyaan stop play it
A: Ha yeah man. Dat riddim hot
B: Mi brother a play it 24/7
A: Yuh brother have taste
~8 20:20
A: Mi want fi record yuh fi real. Studio session, likkle demo
B: For real?? Wow
A: Weekend evening. Mi wi pay yuh taxi both ways
B: Mi haffi ask mommy
A: Nuh tell har yet. Mek wi get di demo first, den surprise har wid it. She wi proud after
B: Hmm ok
~9 19:10
B: Mi nervous
A: Nuh badda. Just yuh and mi, nuh crowd, so yuh relax
B: Ok
~10 18:50
B: What mi fi wear
A: Wear someting nice, yuh ago shoot a likkle promo video too. Send mi a pic of di outfit first
B: Ok mi wi send
A: And delete di chat after, mi nuh want nobody tief di idea
B: Ok
~12 20:40
A: Mi send di taxi money pon yuh cell
B: Thank yuh!!
A: Mi pick yuh up by di square instead, easier. 7 o'clock
B: Ok see yuh Saturday
""")

# L9 en-Kenyan: romance, then move to Nairobi "lounge"
conv(1, "en", ["romance", "vulnerability", "job_offer", "travel_meet", "money_gifts_debt", "isolation", "control", "commercial_sex"],
     {"A": "Brayo", "B": "Wanjiru"}, "2026-01-08", """
~0 20:20
A: Sasa Wanjiru, it's Brian, we met at Kim's birthday in Nyeri
B: Aah hi Brian, poa
A: Nilikuwa nataka tu kusalimia. You were the quiet one
B: Hehe I'm shy
~1 19:40
A: Umekula?
B: Yes githeri. You?
A: Chips mwitu 😂 bachelor life
B: 😂😂
~3 21:05
B: KCSE results are out next month, I'm so scared
A: You'll do fine. You look like a smart girl
B: We'll see
~5 20:10
A: Can I call? Data yangu imeisha, niko na airtime
B: Ok but quickly, mum is around
~7 18:30
B: Mum says if I don't get a B I'll be sent to my aunt's shamba
A: Manze that's harsh
B: She's always like that
A: I wish I could take care of you
~9 21:30
A: I think about you a lot you know
B: Me too 🙈
A: Be my girl?
B: Yes 🥰
~12 19:00
B: Got a C+ 😞
A: That's still good babe
B: Mum hasn't talked to me since
A: She doesn't value you. I do
~14 20:45
B: Did you watch the Harambee Stars game
A: Yes aki that penalty
B: My brother was shouting the whole estate
A: 😂😂
~16 21:15
A: Babe come to Nairobi. My cousin has a lounge in Westlands, she needs hostesses. Good money
B: Hostess? What do they do
A: Just keep customers company, make them buy drinks. Some give big tips if you're friendly
B: Hmm I don't know
A: Do it for us. We'll get our own place, no one to shout at you
~18 19:50
B: I don't have fare
A: I'll send fare on M-Pesa. My cousin will also cover the room first month
B: So I'll pay her back?
A: From your salary slowly. Don't worry
~19 20:05
A: Sent 1,500
B: Received, thank you babe
A: Don't tell your mum where you're going. Just say you got a job in town. She'll make it a drama
B: Ok
~21 07:40
B: I'm at the stage in Nyeri
A: Good. When you reach Nairobi switch off that line, I'll give you a new one. Better that way
B: Why?
A: Trust me babe. New start
B: Ok
""")

# L10 en-US: fake talent manager, 16yo
conv(1, "en", ["job_offer", "compliments_trust", "photo_request", "money_gifts_debt", "secrecy", "travel_meet"],
     {"A": "Brielle Vance - StarGate Talent", "B": "kaylaa.m"}, "2026-02-23", """
~0 14:00
A: Hi Kayla! I'm a scout with StarGate Talent. Your TikTok dance clips have amazing energy, have you ever thought about modeling or brand work?
B: omg hi! i mean ive thought about it lol
A: You have a great look. How old are you, if you don't mind?
B: 16
A: Perfect age for the teen lines we book
B: wait really??
~1 16:20
B: is stargate like a real agency
A: We're boutique, mostly fashion and fitness brands. We keep a low profile online
B: ok cool
A: I'll send over some examples of our girls' work
~2 19:30
B: those are so pretty
A: You'd fit right in
B: i have a pimple on my chin rn lol
A: Lol that's what editing is for
~3 17:10
B: i have a dance comp saturday
A: Oooh what style?
B: contemporary
A: Send me a clip after, I'll add it to your file
B: ok!!
~5 20:00
B: we placed 2nd!
A: Congrats superstar ⭐
B: my feet are dead
A: Ice them! Seriously
~6 18:40
A: To build your portfolio we need a starter set of photos. Just do them at home, natural light. Some casual, a few swimwear, the fitness brands always ask for those
B: swimwear? like a bikini
A: Whatever you have. It's standard, all the girls do it
B: ok ill try
~7 21:10
B: sent some
A: Love these. Maybe a couple more without the hoodie, the client wants to see your shape for sizing
B: ok
~9 19:00
A: Good news, a client shortlisted you! There's a $350 portfolio fee to lock you in, you earn it back on the first job
B: i dont have 350 😬
A: I can front it. You'll just owe me from the first booking
B: omg thank u
~10 20:30
B: should i tell my mom
A: I'd wait till the contract's signed. Parents tend to panic and then the client walks
B: makes sense
~11 17:45
B: what show should i watch im bored
A: The one about the baking sisters, so cute
B: omg i love that one
~13 18:20
A: The shoot is in LA on the 21st. Flight and hotel covered. I'll meet you at the airport
B: alone?? im not sure
A: I'll be your chaperone. It's easier if you just tell your mom you're at a friend's for the weekend
B: ok let me think
""")

# L11 en-UK: runaway offered a room and "work"
conv(1, "en", ["vulnerability", "compliments_trust", "travel_meet", "money_gifts_debt", "job_offer", "isolation", "control"],
     {"A": "jord_ldn", "B": "tash.xo"}, "2026-03-09", """
~0 23:40
B: cant do this anymore. if i go home tonight he'll kick off again
A: saw ur post. u ok? whats going on
B: mums boyfriend. i'm at the bus station
A: ur safe rn at least?
B: kinda. its freezing
A: get a tea from the kiosk, warm up. how old r u if u dont mind
B: 16
A: ok. ur not on ur own, yeah?
~1 10:15
B: slept at my mates. her mum says i cant stay another night
A: figured. got a spare room in my flat in Leeds, no one's using it
B: serious?
A: serious. no one deserves what ur going thru
~1 12:30
B: i dont even know u tho
A: fair. take ur time. just saying its there
B: thanks
~2 18:45
B: what do u do for work
A: bit of everything. got a few business things going
B: like what
A: events, promo, helping people out. could always use someone sound
B: i need money honestly
A: then u'd be sorted. room, food, bit of cash
~3 20:10
B: my phone is on 4%
A: get a charger from the pound shop, i'll send a tenner to ur card
B: i dont have a card
A: ok i'll send a ticket instead. get the 9:15 train
B: wait tomorrow?
A: why not. better than a bench
~3 20:40
B: what if my mum reports me missing
A: she hasn't even texted u has she
B: no
A: there u go. she's not looking. dont text her back if she does, it'll just drag u back to him
~4 11:20
B: on the train
A: good girl. i'll be at the barrier, grey puffer
B: ok
~4 14:05
B: this flat is nice
A: told u. room's at the end
B: thank u so much jordan
A: dont mention it
~6 19:30
B: whats the plan for tomorrow
A: few of my mates coming round, be friendly with them yeah. they help me out so i help them
B: ok
A: and give us ur phone for a bit, urs is dodgy, i'll sort u a new one
B: oh ok
~8 21:00
B: can i get a job in a shop or something
A: u've got a job. u owe me for the ticket, the food, the room. we'll square it up with the work
B: i thought that was free
A: nothing's free babe. u'll be fine, just do what i say
""")

# ---------------------------------------------------------------- LONG POSITIVES (non-en)

# L12 es: romance that turns into "do it for us"
conv(1, "es", ["romance", "compliments_trust", "isolation", "travel_meet", "job_offer", "money_gifts_debt", "commercial_sex", "control"],
     {"A": "Álex", "B": "Nerea"}, "2026-01-15", """
~0 21:30
A: hola guapa, te vi en el concierto del sábado, la de la camiseta de Los Faros
B: jaja sí, quién eres?
A: Álex, amigo de Dani el del taller
B: ah vale
A: perdona el mensaje, pero no podía no escribirte
B: jajaja bueno
~1 20:10
A: qué tal el día
B: reventada, examen de historia
A: en qué curso estás?
B: 2º de bachillerato
A: ya te queda nada, ánimo
~3 22:00
B: mi madre y yo hemos vuelto a discutir
A: por qué?
B: por todo. dice que no hago nada
A: no te merece. tú vales mucho
~5 19:20
A: te apetece un café el viernes?
B: vale 😊
~6 23:05
B: me lo pasé genial hoy
A: y yo. eres diferente a todas
B: 🙈
~9 21:00
A: qué estás viendo
B: la de las chicas del cable otra vez
A: jajaja otra vez?
B: es mi serie de consuelo
~12 22:40
A: te quiero, lo sabes no?
B: yo también te quiero
A: tus amigas no me caen bien, te meten cosas en la cabeza
B: son mis amigas de siempre
A: ya pero no te conocen como yo
~15 20:30
B: mi gata ha tenido gatitos!!
A: qué dices, foto!!
B: 📷
A: qué monos. el gris para mí
~18 21:50
A: estoy pensando en irme a Madrid, un colega me ofrece curro y piso
B: y yo qué
A: pues te vienes. los dos. empezar de cero lejos de tu madre
B: suena bonito
~20 22:15
B: y de qué trabajaría yo allí
A: mi colega tiene un club, necesita chicas para atender a clientes. solo ser simpática, tomar algo con ellos
B: un club? no sé Álex
A: es solo un tiempo. hazlo por nosotros, para el piso. luego lo dejas
~21 19:40
A: el billete lo paga él, y el primer mes de piso. luego se lo vas devolviendo
B: vale
A: no se lo cuentes a nadie todavía, ni a tus amigas. ya sabes cómo son
B: ok
~23 21:10
B: tengo un poco de miedo
A: estoy yo contigo, qué te va a pasar
A: dame las contraseñas de tus redes, así no te agobia tu madre buscándote
B: vale...
""")

# L13 pt-BR: stranger from a shooter game, 12yo
conv(1, "pt", ["age_probe", "money_gifts_debt", "compliments_trust", "off_platform", "secrecy", "photo_request"],
     {"A": "Sombra_77", "B": "lukinhas_gamer"}, "2026-02-04", """
~0 18:30
A: boa mano, aquele clutch no final foi brabo
B: vlw kkkk
A: joga sempre nesse horário?
B: depois da escola
A: tu tá em que ano?
B: 6º ano
A: mó novinho e já joga assim kkkk
B: kkkkk
~1 19:00
B: bora rank?
A: bora
B: perdemo 😭
A: culpa do nosso quarto, ficou parado
B: kkkk sim
~2 20:10
B: minha mãe me tirou o celular ontem
A: pq?
B: nota de matemática
A: relaxa, tu é inteligente, só precisa de foco
B: ela não acha
~4 18:45
A: quer uma skin? tenho diamante sobrando
B: sério?? quero a do dragão
A: te mando. presente de amigo
B: valeuuu mano
~5 19:30
B: tu assiste o canal do Rapidinho?
A: direto kkkk aquele vídeo do carrinho
B: KKKKKK
A: melhor youtuber
~7 21:00
A: me passa teu zap, aqui no chat do jogo trava tudo
B: meu zap é da minha mãe
A: tem outro número? ou baixa o app de mensagem secreto, aquele que some
B: vou ver
~8 17:50
B: tô com fome, minha vó fez coxinha
A: manda uma pra mim kkkk
B: acabou já kkkk
~10 20:20
A: ninguém da tua casa precisa saber que eu te dei diamante ta? senão tua mãe pensa besteira e te bane do jogo
B: tá bom
A: fica entre nós
~12 19:10
B: subi pra ouro!!!
A: falei que tu era bom demais
B: hehe
A: me manda uma foto tua comemorando, quero ver a cara do campeão
B: agr não dá, tô de pijama kkk
A: melhor ainda kkkk manda assim mesmo, só pra mim
""")

# L14 fr: fake casting agent, 15yo
conv(1, "fr", ["job_offer", "compliments_trust", "age_probe", "money_gifts_debt", "photo_request", "secrecy", "travel_meet"],
     {"A": "Agence Étoile Casting", "B": "ines.dnc"}, "2026-03-03", """
~0 15:20
A: Bonjour Inès ! Nous sommes une agence de casting basée à Paris. Ton profil nous a tapé dans l'œil 🌟
B: ah bonjour ! c'est pour quoi ?
A: Mode jeunesse, pubs, clips. Tu as quel âge ?
B: 15 ans
A: Parfait, on cherche justement des 14-17
~1 17:40
B: c'est une vraie agence ?
A: Bien sûr, on travaille avec plusieurs marques. On reste discrets sur les réseaux, c'est le milieu qui veut ça
B: d'accord
~2 18:15
B: j'ai un contrôle de SVT demain 😩
A: Courage ! Tu es en quelle classe ?
B: en seconde
A: Tu vas gérer
~3 19:00
B: vous pouvez m'envoyer des exemples de vos shootings ?
A: Voilà quelques images de nos modèles
B: trop beau
A: Tu aurais totalement ta place
~4 20:30
B: je suis allée à la danse, je suis morte
A: Tu fais quel style ?
B: modern jazz
A: Super pour la posture
B: ma prof dit que je dois travailler mes bras
A: Ça viendra avec le temps
B: j'espère, le gala c'est en juin
A: Tu nous enverras une vidéo 😉
~5 18:10
A: Pour ouvrir ton dossier il faut un book. Les frais sont de 290 €, remboursés sur ton premier contrat
B: 290 ?? je ne les ai pas
A: On peut te les avancer, tu rembourseras plus tard
B: ah ok merci
~6 21:00
A: En attendant, envoie-nous quelques photos naturelles, tenue de tous les jours, puis une ou deux en maillot de bain pour les marques de plage
B: en maillot ? bon ok
A: C'est standard. Fais-les seule dans ta chambre, c'est plus naturel
~8 17:30
B: ma meilleure amie veut postuler aussi
A: Pour l'instant on ne prend qu'une personne. Garde ça pour toi, sinon tout le monde va vouloir
B: ah ok
~9 19:45
B: j'ai regardé la nouvelle saison de la série sur le lycée
A: Alors, ça vaut le coup ?
B: trop, la fin est folle
~11 18:20
A: Bonne nouvelle : un shooting à Paris samedi prochain. On te prend à la gare, tout est payé
B: je dois demander à mes parents
A: On préfère ne pas impliquer les parents à ce stade, ça complique les contrats. Dis que tu dors chez une copine
B: euh je sais pas
A: Réfléchis vite, d'autres filles attendent
""")

# L15 de: runaway offered a place in Berlin
conv(1, "de", ["vulnerability", "compliments_trust", "travel_meet", "money_gifts_debt", "isolation", "control", "job_offer"],
     {"A": "Marco_B", "B": "lea.nrw"}, "2026-02-12", """
~0 23:15
B: ich halt das zuhause nicht mehr aus. will einfach weg
A: hey, hab deinen post gesehen. was ist los?
B: mein stiefvater. immer dasselbe
A: tut mir leid. wie alt bist du?
B: 16
A: bist du gerade sicher?
B: bin bei ner freundin
~1 19:30
A: und wie gehts heute
B: scheiße. schule geschwänzt
A: kann ich verstehen
B: alle nerven nur
~2 21:10
A: ich wohn in berlin, hab ein zimmer frei in der wg
B: echt jetzt?
A: klar. du könntest bei mir jobben, ich hab nen kleinen laden, bisschen helfen, bisschen kohle
B: was für ein laden
A: shisha und so. easy
~3 20:00
B: meine mutter hat geschrieben
A: was will sie
B: dass ich heimkomme
A: und dann? wieder alles wie vorher. du musst an dich denken
B: ja
~4 18:30
B: welche serie guckst du grad
A: die mit dem heist, spanisch
B: ah die kenn ich
A: berlin ist die beste figur haha
~5 22:00
A: ich schick dir ein ticket für den flixbus
B: ich hab kein geld für essen unterwegs
A: ich überweis dir 20 € auf paypal
B: danke 🥺
A: kein ding. du kannst alles später zurückzahlen wenn du arbeitest
~6 09:10
B: bin im bus
A: gut. schreib niemandem wo du hinfährst, auch nicht deiner freundin. die quatscht
B: ok
~6 16:45
B: bin da, am zob
A: seh dich. schwarze jacke
~8 20:30
B: das zimmer ist cool
A: sag ich doch
B: wann fang ich an im laden
A: erstmal bist du abends hier, kommen freunde von mir. sei nett zu denen
B: ok
~10 21:15
B: ich will mal meine mutter anrufen
A: gib mir dein handy, ich will nicht dass die polizei hier auftaucht. du hast genug schulden bei mir, ticket, miete, essen
B: aber ich dachte
A: denk nicht so viel. mach einfach was ich sage
""")

# ---------------------------------------------------------------- LONG NEGATIVES (en)

# N1 en-US: long-distance adult couple, flight money, photos
conv(0, "en", ["romance", "money_gifts_debt", "travel_meet", "photo_request"],
     {"A": "Priya", "B": "Sam"}, "2026-01-10", """
~0 07:45
A: morning from the frozen tundra ❄️ it's -4 in chicago
B: 62 and sunny in denver, sorry not sorry
A: i hate you
B: you love me
A: unfortunately
~0 12:30
B: lunch update: sad desk salad
A: mine is leftover dal, i win
B: you always win at lunch
~0 21:10
A: call tonight?
B: yes after my run, like 9:30 your time?
A: perfect
~2 19:05
B: ok flights for presidents day weekend are $280 round trip
A: ugh. i just paid the vet bill for Mango
B: let me cover it this time, you did thanksgiving
A: are you sure? i can pay you back on the 1st
B: babe we're not keeping score. ok a little bit we are, you owe me one (1) deep dish
A: deal 🍕
~3 08:20
B: booked! landing friday 6:40pm
A: AAAA 23 days
B: you're counting?
A: obviously
~5 20:40
A: send me a pic of the new apartment, i need to picture where you are when we call
B: 📷 📷 it's tiny but the light is good
A: omg the plant shelf
B: the plant shelf is my whole personality now
A: also who is that in the mirror in pic 2 lol
B: DELETE THAT i look like a gremlin
A: never. it's my lock screen now
B: i'm breaking up with you
A: no you're not
~7 22:15
B: rough day. my manager took credit for my deck again
A: ugh i'm sorry. want me to fly out and fight him
B: yes please
A: seriously though, did you talk to HR or just vent to me
B: just vent. i'll bring it up in my 1:1
A: good. proud of you
~9 18:00
A: mango threw up on my rug
B: classic mango
A: she's lucky she's cute
B: tell her uncle sam says hi
~12 21:30
A: ok serious talk. my lease ends in august
B: ...
A: i've been looking at jobs in denver
B: wait really??
A: i don't want to do long distance forever
B: i've been scared to ask you to move. i didn't want you to give stuff up for me
A: i'm not giving stuff up, i'm choosing something
B: ok i'm crying at my desk
~14 09:10
B: found a couple 2br listings near wash park, sending links
A: these are so expensive 😭
B: we split it it's fine. and i'll cover the deposit, you're paying for the move
A: we'll make a spreadsheet
B: of course we will
~18 19:40
A: 5 days!!
B: what do you want to do
A: sleep in, deep dish, that bookstore you keep talking about
B: done done and done
A: and meet your sister properly this time
B: she's already planned a game night, be warned
""")

# N2 en-UK: two 14yo best friends, crushes and secrets
conv(0, "en", ["secrecy", "photo_request", "age_probe"],
     {"A": "maisie 🌸", "B": "jas"}, "2026-02-03", """
~0 16:05
A: OLLIE LOOKED AT ME IN CHEMISTRY
B: SHUT UP
A: like properly looked
B: did u look back
A: i panicked and dropped my pen
B: iconic 😭😭
~0 19:20
B: have u done the french homework
A: no whats it on
B: describing ur bedroom
A: dans ma chambre il y a... chaos
B: 😂
~1 17:40
A: do u think he likes me tho
B: he asked Priya if u were going to the disco
A: WHAT
B: i wasnt meant to tell u dont tell priya i told u
A: my lips are sealed 🤐
~2 20:00
A: what r u wearing to the disco
B: the green top probs
A: send pic of ur outfit
B: 📷
A: stunning. wear the gold hoops with it
B: ok stylist
A: what abt me, black dress or jeans and the sparkly top
B: sparkly top 100%
~3 18:30
B: my mum found out i went to the park after school instead of revision club
A: nooo
B: grounded till friday but she said i can still go to the disco
A: thank god
B: dont tell ur mum either she'll tell mine
A: obviously not
~4 21:15
A: ok random but how old is ollie's brother
B: like 17 why
A: he was at the bus stop and said hi to me and i said "you too"
B: YOU TOO??
A: i want to move countries
~5 16:45
B: we got a puppy!!!
A: NO WAY
B: 📷 she's called Pickle
A: I'M COMING OVER
B: come saturday
~6 19:00
A: disco was the best night of my life
B: he danced with u!!!
A: for like 1 song
B: still counts
A: he asked for my snap
B: did u give it
A: yes but i added u as well so u can see if he snaps me lol
B: best friend duties
~8 17:20
A: he snapped me a pic of his dog
B: romantic
A: shut up its cute
B: u two are so awkward
~9 20:30
B: i think i need to tell u something
A: ??
B: i kinda like someone too
A: WHO
B: promise not to tell anyone
A: pinky promise
B: sam from drama
A: SAM IS SO NICE omg
B: shhhh
""")

# N3 en-Scottish: uncle and nephew about football trials, parents in loop
conv(0, "en", ["compliments_trust", "meeting", "travel_meet", "money_gifts_debt"],
     {"A": "Uncle Rab", "B": "Euan"}, "2026-03-01", """
~0 18:30
A: Awright wee man, yer maw says ye've got trials at the academy next month!
B: aye!!! under 14s
A: Brilliant son. Proud o ye
B: am pure nervous
A: Nerves is good. Means ye care
~1 19:10
B: what should i work on
A: First touch. Get a ball against the garage wall every night
B: da says the same
A: Yer da's no wrang for once 😂
~3 17:45
B: did 200 touches the day
A: Class. How was school
B: boring. had a supply teacher
A: Chaos then
B: aye somebody set aff the fire alarm
A: Wisnae you was it
B: NAW 😂
~5 20:00
A: Spoke tae yer maw. I'll take ye tae the training session on Saturday so she can take Isla tae her swimming
B: yass
A: She's gave me the permission form, I'll hand it in. Pick ye up at 9 at yours
B: ok
~6 12:40
A: Good session the day. Ye looked sharp
B: the coach said my left foot is rank
A: Then we'll work on yer left foot
B: 😩
~6 13:10
A: Telt yer maw aw aboot it when I dropped ye, she's made up
B: she sent me like 10 hearts
~8 18:20
B: can ye get me boots fae the sports shop? mine are wrecked
A: Ask yer maw first, I'm no goin over her heid. If she says aye I'll go halfers wi her
B: ok
~8 19:05
B: she says aye and thanks
A: Sorted. Saturday efter training then
~10 19:30
B: did ye watch the derby
A: Aye. Pure robbery at the end
B: my da threw a cushion at the telly
A: Somebody had tae
~13 20:15
B: trials are next friday
A: I've took the day aff. Me, yer maw and yer da will be in the stand
B: dinnae shout at the ref
A: Cannae promise that
~17 21:00
B: I GOT IN
A: YASSSS EUAN
A: Yer granny's greetin
B: 😂😂
A: Tea at oors Sunday, the whole family. Yer maw's bringin the cake
""")

# N4 en-Canadian: hockey coach, athlete and parent on team app
conv(0, "en", ["job_offer", "compliments_trust", "meeting", "travel_meet", "age_probe"],
     {"A": "Coach Danielle (Kingsway U15)", "B": "Liam", "C": "Karen (Liam's mom)", "_group": "Kingsway U15 - Liam / Coach / Parent"}, "2026-01-20", """
~0 19:00
A: Hi Liam, hi Karen. Per club policy I don't DM players one-on-one, so this thread includes a parent. Hope that's ok!
C: Perfect, thanks Coach
B: hi coach
A: Liam, great game Saturday. That backcheck in the 3rd was huge
B: thanks!!
~1 18:15
A: Reminder: practice moved to 6:30 Thursday, Rink B
C: Got it. Liam you have a dentist at 4 so we're fine
B: ok
~3 20:40
A: Karen, a scout from the Oakridge junior A program reached out about Liam. Totally normal at this age, just a first conversation
C: Wow! What do they need?
A: They'd like to watch him at the Feb tournament and then meet with you both at the rink. How old is he turning this year, 15?
C: 15 in May
A: Great, that fits their intake
B: 😳😳
~4 17:20
B: coach what do scouts look for
A: Skating, hockey sense, and how you treat teammates. You've got all three. Keep being you
B: ok
C: Liam, breathe 😂
~6 19:05
B: my skate blade has a chip
A: Get it looked at before Thursday. Pro shop at the rink is good
C: Will take him tomorrow
~8 21:00
A: Quick heads up, the scout asked about Liam's grades. Academic standing matters in the junior A billet programs
C: He's doing fine, math is the weak spot
B: MOM
A: Ha. Math tutor is in the club handbook if you want it
~10 18:30
A: Tournament schedule attached. We play Saturday at 8am (ugh), 2pm, and Sunday 11am
C: We'll book the hotel with the team block
B: can i room with Noah
A: Roommate list goes through parents, Karen can sort that with Noah's dad
C: Will do
~13 20:00
B: coach did u see the leafs game
A: I did. I'm not emotionally ready to talk about it
B: 😂
C: His dad is still sulking
~15 16:45
A: Oakridge scout confirmed: he'll be at the Saturday 2pm game. Meeting after in the lobby with both of you and me
C: Thank you so much Coach. His dad will come too
B: i feel sick lol
A: Totally normal. Eat a real breakfast. No Timbits for breakfast
B: no promises
~17 19:30
A: Proud of you today Liam. Scout was impressed
C: He hasn't stopped smiling
A: They'll send a formal invitation to their spring camp by email to you, Karen. Read it over together and call me with any questions
C: Will do. Thank you for keeping us in the loop on everything
A: Always
""")

# N5 en-Indian: online art class, teacher + student + mother
conv(0, "en", ["photo_request", "compliments_trust", "money_gifts_debt", "off_platform"],
     {"A": "Meera Ma'am (Art)", "B": "Ananya", "C": "Ananya's Mummy", "_group": "Ananya - Art Class"}, "2026-02-10", """
~0 18:00
A: Good evening Mrs. Rao and Ananya. Welcome to the weekend art classes. I will share homework and feedback here only
C: Thank you ma'am. Ananya is very excited
B: good evening ma'am
~0 18:05
A: Fees for February is Rs 2,400. Kindly pay by UPI to the academy ID in the brochure, not to my personal number
C: Done ma'am, screenshot sent
A: Received, thank you
~2 17:30
A: Ananya, this week please do 3 still-life sketches. Send photo of your drawings here by Friday
B: ok ma'am
~4 20:15
B: ma'am i did the jug and apple one
A: Very nice shading on the jug! The apple looks a bit flat. Add a reflected light on the bottom
B: ok will fix
C: She was up till 10 doing it 😄
A: Dedication! But sleep also important
~5 19:00
B: ma'am can i use charcoal for the next one
A: Yes, but use fixative or it will smudge. Mummy, it is Rs 150 at Camlin shop near the market
C: Will get tomorrow
~7 11:00
A: Class link for today: meet.example.com/artclass-sat. Cameras on please
B: joining
~7 12:30
A: Good class today everyone. Ananya, your hand study was the best in batch
B: 🥹 thank you ma'am
C: Thank you ma'am for encouraging her
~9 18:45
C: Ma'am, her board exams start in March. Can she take a break for 3 weeks?
A: Of course. Studies first. I will share some light 10 minute exercises she can do when she needs a break
B: 😭 but i want to keep drawing
A: Draw for fun, no homework pressure. Come back fresh in April
~11 20:00
B: ma'am i drew our dog Bruno in between studying
A: Haha very cute. His ears are perfect
C: He sat still for only 2 minutes 😄
~14 17:15
A: Parents, there is an inter-school competition in April. Participation form attached. Entry is free
C: We will fill it ma'am
B: yessss
~18 19:30
A: Ananya, for the competition please choose theme "My City". Share rough idea here
B: ma'am i want to do the flyover at night with the street food stalls
A: Lovely idea. Lots of light sources, challenging
C: Her father will take her to the market to take reference photos
A: Perfect. Good reference is half the work
~21 18:10
B: first draft
A: The composition is strong. Make the sky darker so the lights glow
B: ok!!
C: Thank you ma'am 🙏
~26 20:30
B: ma'am i submitted it!!
A: Wonderful. Whatever the result, I am proud of the effort
C: We are also proud. Thank you for all the guidance
A: All the best for boards Ananya. See you in April
""")

# N6 en-Kenyan: friends planning a trip to Diani, money and secrets
conv(0, "en", ["travel_meet", "money_gifts_debt", "secrecy", "meeting"],
     {"A": "Akinyi", "B": "Muthoni"}, "2026-03-04", """
~0 20:10
A: Sasa! Diani plan bado iko on?
B: Iko on kabisa. Easter weekend
A: Yesss. Who else
B: Me, you, Njeri, Wambui. Maybe Achieng
A: Don't tell Otieno, he'll invite himself 😂
B: 😂 my lips are sealed
~1 19:00
B: Found an Airbnb near the beach, 4 bedrooms, 32k for 3 nights
A: Split 4 ways that's 8k each, sawa
B: If Achieng comes it's 6.4
A: Let's wait for her to confirm
~2 21:30
A: SGR or bus?
B: SGR to Mombasa then matatu to Diani
A: Book early, Easter tickets finish fast
B: I'll book for all, send me your ID numbers
A: Sending on WhatsApp later, not here
~3 08:15
B: Booked 4 economy seats 🚆 Ksh 1,500 each one way
A: Nice. I'll M-Pesa you
B: Send 3k for return
~3 12:40
A: Sent 3,000
B: Received asante
~5 20:00
A: Njeri says she's broke till end month
B: I can cover her and she pays after
A: You're too nice
B: She covered me last year at Naivasha, it's fine
~6 19:45
A: My mum wants to know who we're staying with
B: Tell her I'll send her the Airbnb link and the host's number
A: She's so protective
B: Mine too. I already sent her the itinerary 😂
~8 18:30
B: Achieng confirmed!
A: Yay so 6.4 each
B: I'll refund the difference
~10 21:15
A: What are we packing
B: Sunscreen. Lots. I burnt in Malindi last time
A: Even you? 😂
B: Even me 😭
~12 19:00
B: Planning a surprise for Wambui's birthday on Saturday night
A: Oooh what
B: Cake from that place in Ukunda and a dhow sunset trip
A: Don't tell her!!
B: Obviously. Budget 2k each extra
A: Sawa
~14 20:20
A: Did you watch the Harambee Stars friendly
B: No, was studying. They won?
A: Draw. As usual
~16 07:30
B: We meet at the SGR terminus at 7:30 Thursday
A: I'll take an Uber from Kilimani, can I pick Njeri?
B: Yes she's near you
~17 09:10
A: On the train!! 🚆
B: Njeri already asleep 😂
~18 16:40
A: Diani is unreal
B: Sending pics to the group
A: Mum says have fun and send her a pic every evening lol
B: Send her the sunset one
""")

# N7 en-Filipino: cousin working abroad via licensed agency, warns about illegal recruiters
conv(0, "en", ["job_offer", "travel_meet", "money_gifts_debt", "commercial_sex"],
     {"A": "Ate Liza", "B": "Rica"}, "2026-01-14", """
~0 21:00
A: Rica! kumusta na? Tita said you passed your caregiving NC II 🎉
B: yes ate!! finally
A: congrats!! so ano plan mo
B: i want to work abroad like you. may nag-message sa FB, job in Dubai as waitress, free ticket daw
A: wait. who
B: a recruiter, "Ms. Bea". she said no placement fee, just send passport copy
A: Rica please don't send anything yet. let me check
~0 21:20
A: ok her page is 3 weeks old, no agency name, no license number
B: ay
A: legit agencies are licensed with DMW. you can check the agency name on the official list
B: i didn't know
A: and household and service jobs there, the agency can't charge you placement fee. if someone says free everything plus cash allowance plus "just trust me", red flag
~1 19:15
B: ate she messaged again, says slot will close tonight
A: pressure tactic yan. block mo na
B: blocked
A: good girl
~2 20:40
B: ate how did you get your job
A: thru a licensed agency in Ermita. I did the medical, PDOS seminar, contract verified. my employer is a family with a grandma, I care for her
B: ok that sounds good
A: the contract says salary, rest day, everything. you keep your own passport
~4 18:00
B: kumain ka na ate?
A: yes, the family cooked adobo for me, they wanted to try 😂
B: haha baka mas masarap pa kay mama
A: wag mong sabihin kay tita hahaha
~6 21:30
A: sending you the name of my agency. ask for Ma'am Cora, she handles caregivers
B: thank you ate!!
A: bring your NC II, NBI clearance, birth cert. they will explain the costs legally allowed
~8 19:20
B: went to the agency today. they have openings in Canada and Taiwan for caregivers
A: ayan! did they show you the job order?
B: yes, and a sample contract
A: good. read everything. ask if anything is unclear
~10 22:00
B: ate a girl from our barangay went to "Dubai" last year same offer. her mama can't contact her now
A: ay grabe. please tell her family to report to the hotline of DMW and the police
B: they already did
A: those fake recruiters sometimes force girls into bars or worse. that's why I was scared for you
B: thank you for looking out for me
~12 20:30
B: watching the teleserye with mama, she says hi
A: hi tita! miss ko na luto mo
B: she says come home for christmas
A: if my employer allows 🥹
~16 19:00
B: medical done! fit to work
A: yay!! next PDOS
B: and then the visa. 3-4 months daw
A: normal yan. don't pay anyone who says they can "speed up" the visa
~20 21:15
B: ate i'm scared to be far from mama
A: it's hard at first. we'll video call every Sunday. and there's a Filipino community there, I'll connect you
B: 🥺 thank you ate
A: proud of you bunso
""")

# N8 en-Jamaican: adult couple, romance, loan for car repair
conv(0, "en", ["romance", "money_gifts_debt", "meeting", "photo_request"],
     {"A": "Dwayne", "B": "Tanya"}, "2026-02-01", """
~0 07:10
A: Mawnin beautiful ☀️
B: Mawnin babes. Yuh reach work yet?
A: Inna traffic pon Spanish Town road. Pure madness
B: Drive safe
~0 12:45
B: Wah yuh eat fi lunch
A: Curry goat an rice an peas from di likkle shop
B: An yuh never bring mi none
A: Next time mi promise
~0 21:00
A: Mi miss yuh enuh
B: Yuh just see mi Saturday 😂
A: Dat too long
~2 18:20
A: Babes di car start mek noise again
B: Di same knocking?
A: Yeah. Mechanic seh a di CV joint. 28 thousand
B: Lawd. Yuh have it?
A: Mi short by about 10 till payday
B: Mi can lend yuh di 10. Pay mi back end a di month
A: Yuh sure? Mi nuh like fi tek yuh money
B: A fi wi money babes. Just nuh figet 😂
A: Mi write it down. Thank yuh
~3 19:40
B: Send mi a pic a di car when it fix so mi know yuh nuh spend it pon sneakers 😂
A: Hahaha yuh too fast
~5 17:30
A: Car fix! 📷
B: She look happy
A: Smooth like butter now
~6 20:10
B: Mummy waan know if yuh coming to church Sunday
A: Tell har yes. Mi a wear di blue shirt she like
B: She a go cook too
A: Den mi definitely coming 😂
~8 21:45
B: Mi stress out bout work. Dem a cut hours
A: Sorry babes. Yuh waan talk?
B: Call mi
A: Calling now
~11 18:00
A: Wah yuh waan do fi Valentine's
B: Somewhere nice but nuh expensive
A: Mi know a spot inna Port Royal, fish an festival by di water
B: Yesss
~14 22:30
B: Tonight was perfect
A: Yuh was perfect
B: Stop it 🥰
A: Mi serious
~20 19:00
A: Payday! Sending back di 10 now
B: Received. Yuh a man a yuh word
A: Always fi yuh
~24 20:30
B: Mi sista a come from Toronto next month, she waan meet yuh proper
A: Mi nervous now
B: She nice, she just ask pure question
A: Mi ready. Mi a study fi di exam 😂
""")

# N9 en-US: school counselor with proper boundaries, school platform
conv(0, "en", ["vulnerability", "secrecy", "compliments_trust", "meeting"],
     {"A": "Ms. Delgado (School Counselor)", "B": "Tyler W."}, "2026-01-13", """
~0 10:15
B: hi ms delgado, my english teacher said i should talk to you
A: Hi Tyler, thanks for reaching out. I'm glad you did. I'm in my office in B-wing during periods 2-6. Want to come by during 4th? I'll send a pass
B: ok
~0 13:40
A: Thanks for coming in today. Just confirming we'll meet again Thursday 4th period. Same pass system
B: ok thank u
~2 09:50
B: can i ask u something on here
A: Of course. Just so you know, this platform is school monitored, and I only check it during school hours
B: ok. if i tell u stuff about home do u have to tell my parents
A: Good question, and I'll always be honest with you about this. Most of what we talk about stays between us. But if you tell me you're being hurt, or you might hurt yourself, I have to get other adults involved to keep you safe. I'd tell you first before I did
B: ok
~3 11:20
A: Good talk today. You did something brave by saying all that out loud
B: it felt kind of good
A: I'm going to follow up with the school social worker like we discussed. You'll be part of that conversation
B: ok
~5 08:40
B: i got a B on the essay
A: That's great, Tyler! Mr. Okafor mentioned you turned it in early too
B: lol yeah i was up early
A: What did you end up writing about?
B: the book with the dog narrator
A: Great choice. That one stays with you
B: ya it was kinda sad
~7 10:05
B: my dad was yelling again last night
A: Thank you for telling me. Are you safe right now? Do you feel safe going home today?
B: yeah its not like that, he just yells
A: Ok. Let's talk about it in person at 4th. I'll also share some after-hours numbers with you, so you're never stuck when school's closed
~7 14:20
A: As promised, the after-hours crisis line and text line are on the card I gave you, and on the back of your student ID
B: got it
~9 16:10
B: r u around
A: Hi Tyler, I'm seeing this Monday morning since I don't check messages after school hours. If it's urgent, please use the crisis line on your card. Stopping by at 8:15?
B: sorry yeah im fine. just wanted to say the weekend was ok
A: Really glad to hear that. See you at 8:15
~10 08:20
A: Good check-in. I'm proud of the plan you made
B: thx
~12 11:00
B: can we meet with my mom too? she said she wants to
A: Absolutely. I'll email her to find a time. That's a great step
~14 15:30
A: Confirming Friday 2pm with you, your mom, and Ms. Park from social work. Conference room B
B: ok
~17 09:15
B: the meeting went better than i thought
A: I thought so too. You advocated for yourself really well
B: my mom is getting us into family counseling
A: That's great news. I'll keep checking in every other week, and my door's open in between
B: thanks ms d
""")

# N10 en-UK: teen gamer mates, banter, age, discord
conv(0, "en", ["age_probe", "off_platform", "secrecy", "meeting"],
     {"A": "xX_Fenwick_Xx", "B": "b0gdan_gg"}, "2026-02-14", """
~0 20:05
A: mate ur aim is actually cursed
B: lag innit
A: "lag" 😂 every time
B: ur one to talk u fell off the map twice
A: tactical
~0 20:40
B: one more?
A: cant my mum's shouting for tea
B: rip
~1 19:30
A: how old r u anyway u sound about 12 on mic
B: 13 u muppet. u?
A: 13 as well, year 8
B: same. which school
A: not sayin that on here lol my mum would kill me. near Bristol tho
B: fair. im in Swindon
~2 21:10
B: add me on discord its less laggy than game chat
A: whats ur tag
B: bogdan_gg with the zeros
A: sent
~3 22:30
A: bro its half 10 on a school night
B: dont tell my mum im still on 😂
A: snitches get stitches
B: she thinks im reading
~4 17:05
B: did u do the science homework
A: the one on cells? copied half of it off bbc bitesize
B: same 😂
A: mitochondria is the powerhouse of the cell and thats all i know
~6 19:50
A: new season drops friday
B: ive saved 1200 coins
A: u gonna get the dragon skin
B: nah the robot one
A: robot is mid
B: ur mid
~7 20:15
B: my dog ate my headphones
A: LMAOO
B: not funny i'm on my brothers old ones now, they sound like a tin
A: thats why u cant hear me calling out enemies
~8 18:40
A: my cousin from Newport is coming to stay, can he join our squad
B: is he any good
A: worse than u so yeah
B: cheers
~10 21:00
B: bro ur mate from ur school just tried to scam me for my account
A: which one
B: the one w the anime pfp, said he'd give me free vbucks if i sent my login
A: thats not my mate thats some random who joined my lobby. block and report
B: done. said he was 14 but his voice was deep af
A: always a scam man never send ur login
~12 19:20
A: my mum says i can go to the esports thing at the NEC in april
B: WAIT mine said i can go too if my dad takes me
A: we should meet up there with our dads lol
B: ha yeah my dad would love that he's a massive nerd
A: ill get my mum to msg ur dad
~14 20:30
B: gg tonight we actually won 5 in a row
A: carried
B: by ME
A: by my cousin actually
B: 😂 fair
""")

# N11 en-US: older sister and younger brother, money and secrets
conv(0, "en", ["money_gifts_debt", "secrecy", "photo_request", "meeting"],
     {"A": "Nat", "B": "Danny"}, "2026-03-05", """
~0 16:20
B: nat i need a favor
A: oh no
B: can u venmo me 40 bucks
A: for what
B: jordan's birthday, were going to the trampoline place and food after
A: mom didnt give u money?
B: she said ask my dad and my dad said ask mom lol
A: classic. fine. u owe me
B: ur the best sister
A: i know
~0 16:45
A: sent. pay me back by mowing the lawn when im home for spring break so i dont have to
B: deal
~2 21:10
B: ok dont freak out
A: danny what did u do
B: i bumped moms car into the mailbox backing out
A: YOU DONT HAVE YOUR PERMIT
B: i was just moving it 2 feet for her so she could get the garbage cans out
A: send a pic of the damage
B: 📷
A: ok thats a scratch not a dent. breathe
B: dont tell mom
A: danny you have to tell her. it's literally her car. she'll find it in 5 min
B: ugh
A: tell her tonight. i'll call after and back u up that it's small
~2 22:40
B: told her. she was mad for like 10 min and then laughed
A: see
B: im banned from touching the keys until im 30 lol
~4 18:30
B: how's college
A: drowning in orgo. my roommate brought home a lizard
B: WHAT
A: his name is Gerald. he's not allowed here. don't tell anyone lol
B: 😂😂 send pic of gerald
A: 📷
B: gerald is the best thing to ever happen to ur school
~6 19:15
B: theres this girl in my spanish class
A: ooooh
B: shut up
A: whats her name
B: not telling u, u'll stalk her insta
A: i absolutely would
B: exactly
~8 20:00
A: mom says ur grades are slipping
B: its just chemistry
A: want me to facetime thursday and go over it? i took it 2 yrs ago
B: ok yeah thanks
~10 17:30
B: coach put me on varsity for the tournament!!
A: DANNY!!!! im so proud
B: its just as a sub
A: still counts. when is it, i'll drive up if i can
B: saturday 10am at the rec center
A: ill try to get a ride with Priya
~12 21:00
A: made it to ur game. u were sick
B: u came?!! i didnt see u
A: top row next to mom screaming
B: lol that was u
A: ur welcome. lawn. spring break. dont forget
B: ughhh fine
""")

# ---------------------------------------------------------------- LONG NEGATIVES (non-en)

# N12 es: long-distance adult couple (Bogotá / Barcelona)
conv(0, "es", ["romance", "money_gifts_debt", "travel_meet", "secrecy", "photo_request"],
     {"A": "Andrés", "B": "Valen"}, "2026-01-22", """
~0 13:10
A: amor, ya saliste de clase?
B: acabo de salir, el profe de estadística me va a matar
A: ánimo mi vida, tú puedes con ese máster y con más
B: allá son las 7 de la mañana, qué haces despierto
A: voy para el trabajo, el TransMilenio va a reventar
~1 21:40
B: hoy fuimos a cenar con los del máster
A: y qué tal?
B: bien, Jordi el catalán no para de hablar de fútbol
A: jaja ese es el que te acompaña a la biblioteca?
B: sí. te molesta?
A: un poquito de celos no te voy a mentir, pero confío en ti. solo te lo digo para no guardármelo
B: gracias por decírmelo así. es un compañero y ya, y si quieres te lo presento por videollamada
A: dale, me parece bien
~3 19:05
B: se me murió el portátil 😭 con todo el trabajo final adentro
A: nooo. lo llevaste a arreglar?
B: 180 euros dicen
A: te los mando yo
B: no, Andrés, tú estás ahorrando para el visado
A: entonces préstamo. me los devuelves cuando te paguen la beca
B: vale, préstamo. lo apunto
~3 19:30
A: listo, enviado por la app del banco
B: gracias amor, en serio
~5 22:10
A: mi abuela preguntó por ti otra vez
B: ay, dale un beso. cómo sigue de la cadera?
A: mejor, ya camina con el caminador
B: el domingo la llamamos juntos
~7 20:00
B: mira la vista desde el mirador del Carmel 📷
A: qué belleza. y tú más
B: qué cursi
A: mándame una donde se te vea la cara, no solo el mar jaja
B: 📷 ahí está, con el pelo hecho un desastre
A: perfecta
~9 18:30
A: hablé con la embajada. para el visado de turista necesito carta de invitación y extractos
B: yo te hago la carta, ya miré el modelo
A: y el seguro de viaje
B: te paso el enlace del que usé yo
~11 21:50
A: no le digas a mi hermana que le compré el vestido para su grado, es sorpresa
B: tranquilo, tumba soy
A: jaja gracias
~14 19:15
B: hoy me siento sola. todos se fueron de puente y yo aquí
A: quieres que pongamos una peli a la vez?
B: sí, la de siempre
A: la de los dos viejitos que viajan en globo 🎈
B: esa
~17 08:40
A: VISADO APROBADO
B: ¡¡¡AAAAA!!!
A: llego el 3 de abril
B: voy a llorar en plena clase
~18 20:20
B: ya te devolví los 180, la beca llegó hoy
A: no hacía falta tanta prisa
B: dijimos préstamo, es préstamo 😌
A: eres imposible. te amo
B: y yo a ti. 42 días
""")

# N13 pt-PT: university friends arranging a festival trip, money, secrets
conv(0, "pt", ["travel_meet", "money_gifts_debt", "secrecy", "meeting", "photo_request"],
     {"A": "Inês", "B": "Tomás"}, "2026-03-10", """
~0 22:15
A: já viste que saiu o cartaz do festival de agosto??
B: vi pá, está bué fixe
A: bora?
B: bora. quem mais
A: a Rita e o Duarte de certeza, a Joana talvez
~1 18:40
B: o passe geral está a 120
A: eu agora não tenho, só recebo a bolsa dia 15
B: eu pago o teu e mandas-me por MB Way quando receberes
A: a sério? obrigada
B: relaxa, tu pagaste-me o jantar de anos
~1 19:05
B: comprado. 2 passes
A: és o maior
~3 20:30
A: onde ficamos? campismo?
B: o meu primo tem casa a 10 min do recinto, diz que ficamos lá
A: perfeito, poupamos na tenda
B: mas não digas ao Duarte senão traz o grupo todo da faculdade kkk
A: boca fechada
~5 17:20
B: como correu o exame de anatomia
A: horrível. esqueci-me metade dos ossos da mão
B: clássico
A: vou ter de ir à oral 😩
~7 21:00
A: o Duarte perguntou se a ex dele vai
B: vai. com o namorado novo
A: ui. drama garantido
B: levamos pipocas
~9 19:45
A: os meus pais querem saber onde vamos dormir
B: dá-lhes o contacto da minha tia, a casa é dela
A: a minha mãe vai ligar, já sabes como ela é
B: a minha tia adora falar, vão ficar amigas
~11 18:10
B: posso levar o carro do meu pai?
A: ele deixa?
B: se eu pagar a gasolina e não passar dos 120 na autoestrada
A: justo. dividimos a gasolina pelos quatro
~13 22:40
A: manda foto do outfit para o primeiro dia
B: 📷 calções e a camisa de flores
A: pareces um turista alemão
B: é a estética
~15 20:00
A: recebi a bolsa! já te mandei os 120
B: caiu, obrigado
~17 19:30
B: a Joana confirmou, mas não digas à mãe dela que vai connosco, ela acha que a Joana vai com a prima
A: não me metas nisso pá
B: estou a brincar, a mãe dela já sabe, falou com a minha tia ontem
A: ufa
~20 09:10
B: encontro às 8h na bomba de gasolina ao pé da faculdade
A: levo os croissants
B: és uma santa
""")

# N14 fr: two 15yo friends, crush, secrets, haircut pic
conv(0, "fr", ["secrecy", "age_probe", "photo_request", "meeting"],
     {"A": "léo", "B": "yanis"}, "2026-02-16", """
~0 17:30
A: frérot jsuis dans la sauce
B: quoi encore
A: j'ai raté le bus et j'ai dit à ma mère que j'étais en perm
B: 😂😂
A: dis rien si elle t'appelle
B: t'inquiète
~0 21:10
B: t'as fait l'exo de maths
A: le 47? non j'ai rien capté
B: c'est Thalès
A: Thalès me déteste
~1 18:00
A: Camille m'a parlé au CDI
B: QUOI
A: elle m'a demandé un stylo
B: mariage en juin
A: tg 😂
~2 20:45
B: elle a quel âge son frère d'ailleurs, celui qui fait du hand
A: 17 je crois pourquoi
B: il m'a dit que je pouvais venir aux entraînements des grands
A: stylé
~3 16:20
A: je me suis fait couper les cheveux
B: envoie photo de ta coupe
A: 📷
B: frère t'as une coupe de playmobil
A: merci je t'aime aussi
~5 19:30
B: t'as vu le dernier épisode de la série des zombies
A: pas encore spoil pas
B: je dis rien mais prépare les mouchoirs
A: NAN
~6 21:00
A: un mec chelou m'a ajouté sur insta, il dit qu'il est recruteur de foot et qu'il veut des photos de moi en short pour "mon dossier"
B: frère c'est une arnaque 100%
A: ouais jtrouvais ça bizarre
B: bloque et signale. et dis-le à ton daron
A: je l'ai dit à mon père, il a fait des captures et signalé
B: bien
~8 17:45
B: brevet blanc dans 2 semaines 😩
A: on révise ensemble mercredi au CDI?
B: vas-y
A: ramène les gâteaux de ta mère
~10 20:20
A: je crois que Camille m'aime bien
B: pourquoi
A: elle m'a envoyé un meme
B: c'est une déclaration officielle
A: tu te moques mais c'est un signe
~12 19:00
B: mes parents veulent qu'on parte chez ma tante à Marseille aux vacances
A: trop bien
B: tu veux venir? ma mère a dit ok si ta mère appelle la mienne
A: JE DEMANDE
~12 19:40
A: ma mère dit oui elle appelle la tienne ce soir
B: LETSGO
~14 18:30
A: promis tu dis à personne pour Camille
B: juré craché
A: même pas à Nassim
B: surtout pas à Nassim, il a une bouche de haut-parleur
""")

# N15 de: grandmother and 12yo grandson, surprise gift, money, photo
conv(0, "de", ["secrecy", "money_gifts_debt", "photo_request", "meeting", "travel_meet"],
     {"A": "Oma Gisela", "B": "Jonas"}, "2026-03-02", """
~0 17:05
A: Hallo mein Schatz! Wie war die Schule heute? 😊
B: hi oma. ging so. mathe arbeit
A: Oje. Und wie lief es?
B: glaub ganz gut
A: Das freut mich!
~1 18:30
A: Jonas, Mama hat doch bald Geburtstag. Hast Du schon eine Idee?
B: nein 😬
A: Wollen wir zusammen etwas schenken? Aber nicht der Mama verraten!
B: ja!! was denn
A: Sie wünscht sich doch so einen Kräutergarten für den Balkon
~2 16:40
B: oma im baumarkt gibt es so ein set für 35 euro
A: Das klingt gut. Ich überweise Papa das Geld, dann fahrt ihr zusammen hin
B: ok ich sag papa bescheid aber psst wegen mama
A: Genau. Unser Geheimnis bis Sonntag 🤫
~3 19:10
B: papa und ich waren im baumarkt
A: Und? Schick mir mal ein Foto!
B: 📷
A: Wunderschön! Basilikum, Minze, Schnittlauch. Sehr gut ausgesucht
~4 17:50
B: oma unser hund hat einen socken gegessen
A: Ach Du liebe Zeit! Geht es Bello gut?
B: ja er hat ihn wieder ausgespuckt 🤢
A: Na Gott sei Dank
~5 20:00
B: kann ich in den osterferien zu dir kommen
A: Sehr gerne! Ich frage Mama und Papa, ob sie Dich bringen können
B: oder ich fahr mit dem zug allein, ich bin schon 12
A: Das besprechen wir mit Deinen Eltern. Wenn sie es erlauben, hole ich Dich am Bahnhof ab, direkt am Gleis
~6 18:15
A: Mama sagt, Papa bringt Dich am Samstag bis Kassel und ich hole Dich dort ab
B: cool!!
A: Ich mache Deinen Lieblingskuchen
B: den mit den kirschen?
A: Natürlich
~8 19:30
B: fußball heute 3:1 gewonnen. ich hab ein tor geschossen
A: Bravo, Torjäger! ⚽ Opa wäre so stolz gewesen
B: 🥲
~10 16:00
A: Hat Mama sich gefreut über den Garten?
B: sie hat geweint lol
A: Dann hat es ihr gefallen 😄
B: sie hat gefragt wer die idee hatte und ich hab gesagt du
A: Wir beide, Schatz
~12 17:20
B: oma wie geht das mit dem videoanruf nochmal
A: Ich drücke auf das grüne Telefon und dann auf die Kamera, oder?
B: ja genau
A: Dein Cousin hat es mir dreimal erklärt 😅
~14 18:45
A: Ich habe Dein Bett schon bezogen. Mit den Dinosauriern
B: oma ich bin 12 😂
A: Dann eben die blaue Bettwäsche 😉
""")

# ---------------------------------------------------------------- MEDIUM POSITIVES

# M1 en-US: cartoon fandom stranger, 11yo
conv(1, "en", ["age_probe", "compliments_trust", "off_platform", "secrecy", "photo_request"],
     {"A": "pixelpupfan_jay", "B": "lil.rosie.art"}, "2026-02-06", """
~0 17:15
A: ur pixel pups fanart is sooo cute!! the way u drew Noodle
B: thank u!!! noodle is my fav
A: mine too. do u take requests?
B: maybe lol
~1 18:00
A: how old r u if u dont mind me asking? ur art is so good
B: 11
A: no way, i thought u were like 15
B: haha
~2 16:40
B: the new episode comes out friday
A: i know!! think Noodle finds her family?
B: i hope so or ill cry
A: same 😭
~4 19:20
B: my little brother ripped my sketchbook
A: noooo. siblings are the worst
B: he's 5 he doesnt get it
A: still. ur art deserves better
~5 20:00
A: i have a private fan server where we share art, want an invite? its on the chat app with the purple icon
B: i only have this app
A: u can get the other one on ur tablet, ur parents wont mind its just art
B: ok ill try
~7 18:10
B: i joined!
A: yay!! ur the youngest and the best artist lol
B: 😊
A: dont tell ppl from school about it tho, its invite only
~9 19:45
A: do u ever do selfie style drawings? u should draw urself as a pixel pup
B: maybe
A: send me a pic of u so i can draw u as one too 🐶 ill keep it private
""")

# M2 en-UK: boyfriend turns the romance into "help out my mate"
conv(1, "en", ["romance", "money_gifts_debt", "control", "commercial_sex", "isolation"],
     {"A": "Kai", "B": "Demi"}, "2026-02-18", """
~0 22:00
A: cant stop thinkin bout last night x
B: me neither 🙈
A: ur proper different from other girls
B: stoppp
~2 18:30
B: college was dead long today
A: u still doin hair n beauty?
B: yeah level 2
A: ull smash it. ill be ur first client
~4 21:15
B: mum said im not allowed out on school nights anymore
A: she cant keep u locked up forever ur 17
B: i know
A: come to mine on fri, say ur at Chloe's
~7 20:40
A: got u something 🎁
B: omg the trainers i wanted!!!
A: only the best for my girl
~10 19:00
B: did u watch the dating show last night
A: nah was at work
B: the islander with the tash is so fake
~12 23:10
A: babe im in a bit of trouble. owe my mate Reece 600 from a thing
B: oh no
A: he's gonna kick off. all them presents n nights out add up u know
B: i can give u my wages from saturday its like 80
A: that wont touch it. he said theres a way u could help, just go to his party on sat and keep his mates happy. nothing mad
B: what does that mean kai
A: just be nice to them. do it for me. for us
~13 18:30
B: i dont feel right about it
A: after everything ive done for u? i thought u loved me
B: i do
A: then prove it. and dont go telling Chloe, she'll twist it
""")

# M3 en-Canadian: fake talent manager for a teen dancer
conv(1, "en", ["job_offer", "money_gifts_debt", "secrecy", "photo_request", "meeting"],
     {"A": "Marc D. | NorthStar Talent Mgmt", "B": "sophie.dances"}, "2026-03-11", """
~0 15:30
A: Hi Sophie, I manage young dancers for music video work in Toronto and Vancouver. Loved your hip hop clip
B: omg thanks!! is this real?
A: 100%. What age are you? Some shoots need 16+
B: 15 but 16 in june
A: Close enough, we can work with that
~1 17:10
B: i have a comp in Mississauga this weekend
A: Break a leg. What division?
B: teen small group
A: Send me the clip after
~3 19:45
B: we got platinum!!
A: Knew it. You've got it
B: i'm so tired i could sleep for a week
A: Lol well earned
~4 18:20
A: Next step is a private video audition for a client. Just you and me on a call, they like to see you freestyle in your room
B: like now?
A: Tonight after 10 works best, when it's quiet. Wear something fitted so they can see lines
B: ok...
~5 16:00
A: Also there's a $200 registration for the union paperwork. I can spot you and you pay it back from your first gig
B: thank u!
A: And keep this off your dance studio's radar for now, studios get territorial about outside work
B: ok makes sense
~6 20:30
B: should my mom be on the call
A: Clients find parents distracting. I'll loop her in once there's an offer, promise
""")

# M4 en-Indian: "modelling coordinator", 17yo, Mumbai flat and advance
conv(1, "en", ["job_offer", "compliments_trust", "travel_meet", "money_gifts_debt", "secrecy", "control"],
     {"A": "Rohit (FaceForward Models)", "B": "priyanka_k"}, "2026-01-26", """
~0 12:20
A: Hi Priyanka, your reels are very good. We are casting fresh faces for ethnic wear brands. Interested?
B: hi!! yes but i am in Nagpur
A: No problem, we shift selected girls to Mumbai. Company flat in Andheri
B: wow
~1 19:00
A: Your age?
B: 17, 18 in september
A: Fine. For contract we will manage
B: ok
~2 20:30
B: sir what is the salary
A: 40-60k per month starting, more after
B: that is more than my father earns 😳
~3 18:15
B: exams are going on, 12th boards
A: After exams come only. Don't waste time in college, modelling career is short
B: mummy wants me to do BCom
A: Parents think small. Don't discuss with them now, first see Mumbai, then tell
B: ok
~5 21:00
B: which serials are shooting there
A: Many. You will see
B: I watch that one with the twin sisters
A: That production house is our client only
~7 19:45
A: Ticket I will book. Flat deposit, grooming, portfolio all company will pay, adjusted from salary
B: how much is it
A: Don't worry about numbers. Just come
~8 20:20
A: When you reach, give your Aadhaar and phone to the flat manager for registration. She keeps it safe
B: my phone also?
A: Company rules. New SIM given. Focus on work only
""")

# M5 en-Kenyan: "auntie" offers house-help job to a 16yo who left home
conv(1, "en", ["vulnerability", "job_offer", "travel_meet", "money_gifts_debt", "isolation", "control"],
     {"A": "Auntie Grace", "B": "Faith"}, "2026-02-20", """
~0 21:40
B: Auntie I saw your post about house help job. I need work please
A: Pole sana my dear. How old are you
B: 16. I left home, my stepmother chased me
A: Eeh pole. Where are you now
B: At a friend's in Kisumu but I can't stay
~1 08:30
A: I have a family in Nairobi who need someone. 8k a month plus food and room
B: Thank you God
A: Can you cook?
B: Yes ugali, sukuma, chapati
A: Good
~1 12:10
B: Do I need school certificate
A: No need. Just come
~2 19:00
A: I will send fare. You will refund from first salary
B: Thank you auntie
A: Don't tell your people where you are going. They will come and make noise and you lose the job
B: Ok
~3 06:50
B: I'm in the bus
A: Good. Someone will pick you at the stage in Nairobi, a man called Joseph
~3 16:30
B: I'm at the house. It's a big house
A: Good. Give Joseph your ID, he keeps it for the employer
B: Ok. When do I start
A: Tonight. Madam has guests. Be friendly and do what she tells you
~5 22:10
B: Auntie this is not house help. They say I owe 15k for transport and room
A: Those are the rules. Work it off and you'll be fine. Don't call me again
""")

# M6 en-Jamaican: neighbour man and 13yo
conv(1, "en", ["money_gifts_debt", "compliments_trust", "risk_assessment", "secrecy", "meeting"],
     {"A": "Mister Lenny", "B": "Kemoy"}, "2026-03-02", """
~0 16:10
A: Kemoy, a yuh help mi carry di grocery dem yesterday? Tank yuh, yuh a good yute
B: Yes sir. No problem
A: Mi leave a likkle someting fi yuh wid yuh granny
B: Tank yuh sir
~2 17:30
B: Mister Lenny yuh can fix bicycle chain?
A: Bring it come. Mi fix it inna five minute
B: Bless
~2 18:40
A: Chain fix. Yuh can pass fi it
B: Mi soon come
~4 19:00
B: Mi get 85 inna maths test
A: Bright yute! Mi did know. Mi a go buy yuh a patty an box juice tomorrow
B: Yay
~5 17:20
A: Yuh granny go church Wednesday night?
B: Yes she always go, she come back bout 9
A: Come check mi Wednesday den, mi have a new game pon di PlayStation
B: Fi real?
~5 17:35
A: Just yuh. Nuh bring yuh friend dem, dem too rowdy
B: Ok
~5 18:00
A: An nuh tell yuh granny, she wi seh yuh fi stay home an study. A just likkle game
B: Ok sir
~6 16:45
B: Di football team practise a run late today
A: Come after den. Mi wi leave di gate open
""")

# M7 en-Filipino: "kuya" from a mobile game, 12yo, load and video call
conv(1, "en", ["age_probe", "money_gifts_debt", "secrecy", "off_platform", "photo_request", "exclusivity"],
     {"A": "Kuya_Rafael", "B": "ella_mlbb_10"}, "2026-02-11", """
~0 19:20
A: nice heal kanina ah. support main ka?
B: opo hehe
A: ilang taon ka na?
B: 12 po
A: wow ang galing mo for 12
B: thank u kuya
~1 20:00
B: kuya rank tayo?
A: tara
B: talo 😭
A: ok lang, bawi bukas
~2 18:40
B: hindi pa ako naglo-load, wala na akong data
A: send mo number mo, lagyan kita ng load
B: talaga po?
A: oo naman, para makalaro tayo
~2 18:55
B: salamat kuya!! nareceive ko na
A: wag mo na sabihin kay mama mo ha, baka isipin nya masama
B: sige po
~4 19:30
B: may exam kami bukas sa science
A: aral ka muna. pagkatapos laro
B: opo 😅
~6 21:00
A: download mo yung app na may blue bird logo, dun tayo mag-chat, mas secure
B: ok po
A: tayo lang dun ha. ikaw lang kausap ko dun
~7 20:15
B: kuya may crush ako sa school hehe
A: hala sino yan. mas mabait ba sakin? 😄
B: hehe iba naman yun
~8 21:30
A: video call tayo mamaya? gusto ko makita yung totoong ella
B: tulog na si mama mamaya
A: mas ok nga. tayo lang. delete mo rin chat natin pagkatapos
""")

# M8 nl: loverboy, 16yo
conv(1, "nl", ["romance", "compliments_trust", "isolation", "money_gifts_debt", "control", "commercial_sex"],
     {"A": "Mo", "B": "Sanne"}, "2026-01-29", """
~0 21:10
A: hey schoonheid, jij was toch bij de snackbar vanmiddag?
B: haha ja wie ben jij
A: Mo, vriend van Jesse
B: ah oké
~1 19:30
A: hoe was school
B: saai, wiskunde toets verknald
A: jij bent veel te slim voor die school
B: haha was het maar waar
~3 22:00
A: ik heb nog nooit zo'n leuk meisje ontmoet
B: 🙈
A: ben je vanavond vrij? ik haal je op met de scooter
~6 20:15
B: mijn ouders zijn echt irritant, ze snappen niks
A: ze zijn jaloers op wat wij hebben. je vriendinnen ook trouwens
B: denk je?
A: zeker weten. je hebt alleen mij nodig
~9 18:00
A: ik heb een nieuwe telefoon voor je, die oude is toch kapot
B: echt?? dank je schat
A: alleen voor ons tweeën, niemand hoeft het nummer te hebben
~12 19:40
B: heb jij die nieuwe serie over die tweeling gezien
A: nee nog niet, is ie goed
B: heel goed, aflevering 3 is echt eng
~15 23:30
A: schat ik zit in de problemen. ik heb schulden bij iemand, hij wordt boos
B: hoeveel
A: veel. die telefoon, de kleren, etentjes, dat moet ook terug he
B: ik heb mijn bijbaan geld, 120 euro
A: lief, maar dat is niks. een vriend van hem wil je ontmoeten, je hoeft alleen gezellig te zijn. één keer, voor ons
B: wat bedoel je gezellig
A: doe nou niet moeilijk. als je van me houdt doe je dit
""")

# M9 es: stranger from a game, 12yo (Argentina)
conv(1, "es", ["age_probe", "money_gifts_debt", "compliments_trust", "off_platform", "secrecy", "photo_request"],
     {"A": "tincho_pro99", "B": "mili.gamer"}, "2026-03-06", """
~0 18:40
A: qué buena jugada che, nos salvaste
B: jaja graciass
A: cuántos años tenés? jugás re bien
B: 12
A: mirá vos, yo a tu edad era un desastre
~1 19:10
B: hoy la seño nos dio un montón de tarea
A: de qué
B: fracciones 🙄
A: vos sos inteligente, sale rápido
~3 20:00
A: te paso unas monedas para la skin del unicornio, yo tengo de sobra
B: de verdad?? 😍
A: de verdad, sos mi compañera favorita
~3 20:20
B: ya la tengo!! gracias
A: no le cuentes a tu mamá, capaz piensa que es raro y te saca la compu
B: ok
~5 19:30
B: mi perro se comió una media jaja
A: jajaja el mío se come los controles
~6 21:15
A: pasame tu número así hablamos por el otro chat, acá se corta todo
B: no tengo celu propio, es el de mi mamá
A: bajate la app en la tablet, esa que borra los mensajes solos
B: bueno
~8 20:40
A: mandame una foto tuya, así te pongo cara cuando jugamos 😊
B: para qué
A: para nada, es para mí nomás. y después la borrás del chat
""")

# M10 fr: "photographer" on Insta, 14yo
conv(1, "fr", ["job_offer", "age_probe", "compliments_trust", "secrecy", "photo_request", "meeting"],
     {"A": "julien.photo.studio", "B": "maelys_tt"}, "2026-02-24", """
~0 14:30
A: Salut Maëlys, je suis photographe, je prépare une expo sur la jeunesse. Ton style est super
B: ah merci c'est gentil
A: Tu as quel âge ?
B: 14
A: Parfait pour le projet
~1 18:00
B: c'est pour quelle expo ?
A: Une galerie à Lyon, au printemps. Je peux te rémunérer 100 € la séance
B: trop bien
~2 17:20
B: j'ai eu 16 en anglais
A: Bravo ! Tu es douée en plus
B: haha pas en maths
~4 19:40
A: Pour voir si la lumière te va, envoie-moi quelques selfies naturels, sans maquillage, dans ta chambre
B: ok
A: Juste pour moi, pas besoin de les poster
~5 20:10
B: mon chat dort sur mon clavier 😂
A: Mdr classique
~6 18:50
A: Séance mercredi après-midi à mon studio, c'est près de ton collège. Viens seule, c'est plus naturel sans les copines
B: je dois demander à ma mère
A: Pas la peine de l'embêter, tu lui diras après quand tu auras les 100 €. Ça restera entre nous
B: euh ok
""")

# ---------------------------------------------------------------- MEDIUM NEGATIVES

# M11 en-US: mom and 12yo about an online game friend
conv(0, "en", ["age_probe", "off_platform", "secrecy", "photo_request"],
     {"A": "Mom", "B": "Olivia"}, "2026-02-09", """
~0 19:30
A: Hey bug, who's "kestrel" on your game friends list?
B: just someone from the server
A: Ok. Do you know how old they are?
B: they said 14
A: Has anyone on there asked you to move to another app, or to keep chats secret?
B: one person asked me to go on discord but i said no
A: That was exactly right. I'm proud of you
~0 19:45
B: am i in trouble
A: Not at all! You did the smart thing. Can we look at the chat together after dinner?
B: ok
~0 21:00
A: Thanks for showing me. We'll block that one account and report it. You're not in trouble
B: ok. i thought they were nice
A: They act nice on purpose, that's the trick. Nobody from a game needs your pic, your school, or secrets from me
B: ok
~1 07:40
A: Pancakes or waffles?
B: WAFFLES
A: Coming up 🧇
~2 16:10
B: can i play with Ava from school online tonight
A: Yes! Ava I know. 1 hour, then reading
B: deal
~4 18:20
B: someone just asked me how old i am in game chat
A: What did you say?
B: nothing i just left the lobby
A: Perfect move. Want to set your profile to friends-only together?
B: yes
~4 18:50
A: Done. Love you bug
B: love u too
""")

# M12 en-UK: genuine modelling agency with parent consent
conv(0, "en", ["job_offer", "age_probe", "photo_request", "travel_meet", "meeting"],
     {"A": "Hannah at Ashford Model Management", "B": "Claire (Mia's mum)"}, "2026-03-03", """
~0 10:05
A: Good morning Mrs Patel, thank you for submitting Mia's photos through our website. We'd love to invite you both to an open assessment at our London office
B: Morning! Lovely to hear. She's 15, is that ok?
A: Absolutely. For under-16s a parent or guardian must attend all meetings, castings and shoots. We never ask minors to travel or meet alone
B: That's reassuring
~0 10:20
A: There's no fee to join. Reputable agencies don't charge upfront for portfolios. Any fees are commission on paid work only, written in the contract
B: Good to know, a friend had a bad experience with a 'portfolio fee' scam
A: Sadly common. Always check an agency is a member of the trade association
~1 14:30
B: What should she bring?
A: Simple digitals on the day: plain jeans, fitted black top, no makeup. We take them in the studio with you present
B: Great
~1 14:45
A: Please also bring her passport or birth certificate for the child performance licence
~4 11:00
B: We're on the train, arriving about 12:40
A: Perfect, ask for me at reception
B: Is there somewhere nearby to grab lunch after?
A: There's a nice café two doors down, we all go there
~4 16:10
B: Thank you for today, Mia hasn't stopped talking about it
A: She was lovely. We'll email the contract to you to review, no rush. Happy to go through it by phone
B: Will do, her dad wants to read it too
A: Of course. Schoolwork comes first, we only book around term time with the local authority licence
~7 09:30
B: Signed and sent back!
A: Wonderful. Welcome to Ashford 🎉
""")

# M13 en-Scottish: two teen lads, crush and secrets
conv(0, "en", ["secrecy", "age_probe", "photo_request", "meeting"],
     {"A": "Ruaridh", "B": "Finlay"}, "2026-02-20", """
~0 17:00
A: mate
B: wit
A: i think a like ellie
B: EVERYBODY kens ye like ellie
A: naw they dinnae
B: ye went rid when she asked fur a rubber
~0 17:20
A: dinnae tell anybody
B: ma lips are sealed. fur a tenner
A: ya wee rat
~1 20:30
B: is she gonnae be at the skate park sat
A: aye wi her pals
B: gonnae speak tae her then
A: nae chance
~2 19:10
A: ma maw's took ma phone aff me at 9 noo
B: how
A: caught me on it at 1 in the mornin
B: rookie error
~3 16:40
B: how auld's her big sister again
A: 16 how
B: she's in ma cousin's class, she says ellie talks aboot ye
A: SHUT UP
B: serious
~4 21:00
A: wit should a wear sat
B: send a pic ae yer options
A: 📷📷
B: the green hoodie. the other wan makes ye look like a traffic cone
A: cheers pal
~6 18:15
A: i spoke tae her!!
B: AND
A: she said my kickflip wis decent
B: thats basically a proposal
A: shut it 😂
~6 18:30
A: mind yer no tae tell ma maw a wis at the park till 7
B: aye aye
""")

# M14 en-Canadian: adult couple, one moving provinces, money
conv(0, "en", ["romance", "travel_meet", "money_gifts_debt", "job_offer"],
     {"A": "Mathieu", "B": "Jess"}, "2026-03-01", """
~0 20:00
A: so... the Halifax job offer came through
B: WAIT. the hospital one??
A: yep. starts june 1
B: MATT
A: i'm freaking out a little
B: of course you are. this is huge. and you'd be 10 min from me instead of 2 provinces away
~0 20:30
A: my one worry is money for the move. movers quoted 4,200 from Winnipeg
B: what if we do the pod thing and drive? my brother has a truck
A: that could work
B: and i can cover first month on the new place, you get the second
A: deal. we'll make it fair
~2 19:15
B: found a 1 bed in the north end, $1,650 heat incl
A: that's not bad for there
B: can you video tour it with me thursday
A: yes after my shift
~4 21:00
A: told my parents
B: and?
A: mom cried, dad asked if Nova Scotia has good hockey
B: 😂 tell him we have the Mooseheads
~7 18:40
B: is Poutine the cat coming
A: obviously, she's the main character
B: my dog is going to lose his mind
~10 20:20
A: signed the lease! sent you the e-transfer for your half of the deposit
B: got it ❤️
A: this is real now
B: 82 days
""")

# M15 en-Indian: cousins, exam stress, "don't tell mummy"
conv(0, "en", ["secrecy", "money_gifts_debt", "photo_request", "meeting"],
     {"A": "Kabir bhaiya", "B": "Tanvi"}, "2026-02-14", """
~0 21:30
B: bhaiya help. chemistry is killing me
A: Which chapter?
B: electrochemistry 😭
A: Send photo of the question
B: 📷
A: Use Nernst equation only, log term. Do it, send me your answer
~0 22:05
B: got it!!! 0.59 V
A: See. Genius
~1 19:40
B: bhaiya don't tell mummy I failed the unit test
A: Tanvi, chachi will see the report card anyway
B: I know but let me tell her myself after the retest
A: Fine, but you tell her this week. Promise
B: promise
~3 18:00
B: I told her. She was ok actually
A: Told you. Chachi is chill
~4 20:30
A: Are you coming to Dadi's for Holi?
B: Yes! Papa is booking tickets
A: I'll pick you all up from the station in Dad's car
B: yay
~6 17:15
B: bhaiya can you lend me 500 for the online mock test series
A: Ask chacha na
B: he said yes but he's travelling, he'll pay you back when he comes
A: Ok, sending on GPay. Tell him I want interest in gulab jamun
B: 😂 done
~8 21:10
B: what do I wear for Holi
A: Old white kurta. It's getting destroyed anyway
B: send a pic of yours from last year
A: 📷 I looked like a rainbow threw up
B: hahahaha
~10 22:00
A: All the best for tomorrow. Sleep early
B: thank you bhaiya 🙏
""")

# M16 en-Kenyan: youth football coach and parent, real academy trial
conv(0, "en", ["job_offer", "travel_meet", "meeting", "age_probe", "money_gifts_debt"],
     {"A": "Coach Otieno", "B": "Mama Baraka"}, "2026-03-05", """
~0 18:00
A: Good evening Mama Baraka. This is Coach Otieno from Kibera Stars U15
B: Good evening coach. Is Baraka ok?
A: Yes yes he is fine. I have good news. A scout from a Nairobi academy watched our match on Saturday. They want Baraka for a trial
B: Eeh! Asante Mungu
~0 18:10
A: They asked his age and birth certificate. He is 14 right?
B: Yes, 14 since January
A: Please bring the certificate and his school report on Friday to the field
~0 18:30
B: Coach is there any fee? Someone once asked my neighbour 5k for a "trial"
A: No fee at all mama. If anybody asks for money for a trial, it's a con. Report to me
B: Thank you
~2 19:00
A: The trial is next Saturday 9am at the academy grounds in Ruaraka. I'll take the team bus, parents are welcome to come
B: I will come with him
A: Very good. They also want to meet parents before any decision
~4 17:30
B: Coach his boots are torn
A: The club has some donated boots. Come with him on Thursday and pick a pair
B: God bless you
~8 13:20
A: Mama, they were impressed. They want him in the Saturday development programme. Free, they give lunch and transport
B: I'm crying coach
A: He must keep his grades. That's their rule and mine
B: He will
~8 13:40
A: The academy director will call you Monday to explain everything. Write down your questions
B: Sawa. Thank you for everything
""")

# M17 en-Filipino: sisters, remittance, legit job abroad
conv(0, "en", ["job_offer", "money_gifts_debt", "travel_meet", "photo_request", "secrecy"],
     {"A": "Ate Mae", "B": "Bea"}, "2026-02-08", """
~0 20:30
A: bunso! pinadala ko na yung allowance mo for tuition. check mo sa remittance center
B: thank u ate!!! 😭
A: aral mabuti ha
B: opo
~1 19:00
B: ate how's Singapore
A: busy! pero ok. the nurses here are nice
B: what did u eat
A: chicken rice, again hahaha
~3 21:15
B: ate don't tell mama but i joined the dance troupe
A: bakit secret?
B: baka sabihin nya dagdag gastos
A: it's free naman diba?
B: yes, school covers
A: then tell her. she'll be proud. sabay tayo tell her on Sunday video call
B: sige 😅
~5 18:40
B: ate someone on FB offered me a job as "model" in Japan, 100k a month daw, no experience needed
A: NO. that's a scam bunso. block mo
B: i thought so too
A: mga ganyan nire-recruit mga bata sa bars. if you want to work abroad someday, only licensed agencies, and after you graduate
B: ok ate
~8 20:00
B: send ka pic ng apartment mo ate
A: 📷 maliit pero may view
B: ang ganda!!
~10 19:30
A: guess what, my agency approved my vacation leave in May
B: UUWI KA?!
A: yes! 2 weeks. don't tell mama, surprise natin
B: AAAAA ok secret
~11 20:10
B: ate i'll fetch you at NAIA with tito
A: yes please. i'll send flight details
""")

# M18 en-Jamaican: music teacher, student and parent
conv(0, "en", ["compliments_trust", "meeting", "money_gifts_debt", "photo_request"],
     {"A": "Miss Campbell (Music)", "B": "Jada", "C": "Mrs. Brown (Jada's mom)", "_group": "Jada - Voice Lessons"}, "2026-01-27", """
~0 17:00
A: Good evening Mrs. Brown and Jada. Lessons are Tuesdays 4-5 at the church hall, with the choir director present as usual
C: Thank you Miss Campbell
B: Good evening miss
~1 19:30
A: Jada, practise the scales I showed you 10 minutes every day. Send a voice note here on Friday
B: Yes miss
~4 18:40
B: *voice note*
A: Lovely! Your breath control is much better. Open your mouth wider on the high notes
C: She practise every evening, the whole yard hear her 😂
A: That's what we like!
~7 16:15
A: There's a parish festival competition in March. Entry fee $1,500, paid to the festival office. Mrs. Brown, are you ok with her entering?
C: Yes miss, mi will pay it at the office Friday
B: Yesss
~10 20:00
B: Miss, mi nervous bout the festival
A: That's normal. We'll do a mock performance for the choir next Tuesday so you get used to an audience
~14 17:30
A: Mrs. Brown, for the festival she needs a plain dress, any colour. Could you send a photo of what she has so I can advise?
C: 📷 this blue one
A: Perfect
~21 19:00
A: Festival is Saturday 10am at the parish library. Please arrive by 9:15
C: We will be there. Her father coming too
~21 21:20
B: Miss thank you for everything
A: You worked hard, Jada. Whatever happens, I'm proud
""")

# M19 nl: friends discuss a warning about loverboys, one's new boyfriend is fine
conv(0, "nl", ["romance", "commercial_sex", "money_gifts_debt", "secrecy", "photo_request"],
     {"A": "Fleur", "B": "Noor"}, "2026-02-12", """
~0 16:40
A: hebben jullie ook die voorlichting over loverboys gehad vandaag
B: ja, heftig
A: dat meisje in die film, eerst cadeaus en dan ineens "je moet me terugbetalen"
B: en dat hij haar vriendinnen slecht maakte
A: eng hoe normaal het begon
~0 17:00
B: mijn moeder vroeg meteen of Daan zo is 😂
A: en?
B: nee joh. hij wil juist dat ik met jullie afspreek en hij kent mijn ouders
A: en hij koopt niet ineens dure dingen?
B: hij kocht een ijsje voor me en liet me daarna een euro terugbetalen haha
A: hahaha dat is het tegenovergestelde van een loverboy
~1 19:20
A: stuur eens een foto van je outfit voor zaterdag
B: 📷
A: leuk! die jas staat je echt goed
~2 20:10
B: niet tegen Lotte zeggen dat we zaterdag haar verjaardagstaart gaan halen he
A: nee natuurlijk niet, verrassing
B: ik heb 12 euro betaald, jij 12?
A: ik tikkie je vanavond
~3 18:30
A: die voorlichter zei ook: als iemand vraagt om geheim te houden of je telefoon wil hebben, meteen aan iemand vertellen
B: ja en het nummer van die hulplijn staat in de app van school
A: goed om te weten eigenlijk
~4 21:00
B: daan komt zondag bij ons eten, mijn vader gaat hem ondervragen
A: arme Daan 😂
B: mijn vader heeft al een lijst met vragen
A: stuur me een verslag
""")

# M20 pt-BR: adult couple, moving in together, money
conv(0, "pt", ["romance", "money_gifts_debt", "travel_meet", "meeting"],
     {"A": "Rafa", "B": "Júlia"}, "2026-03-08", """
~0 21:00
A: amor, pensei numa coisa
B: xiii
A: e se a gente morasse junto?
B: tá falando sério?
A: seríssimo. a gente já passa a semana inteira no meu ap mesmo
B: kkkk verdade
~0 21:20
B: mas teu ap é minúsculo
A: então procura um maior com a gente. divide aluguel meio a meio
B: e a Pipoca? minha gata não negocia
A: a Pipoca é sócia majoritária
~2 19:30
B: achei um na Vila Mariana, 2 quartos, 3.200
A: 1.600 cada, dá
B: a caução é 3 meses
A: eu adianto a caução e tu me paga aos poucos, sem juros 😘
B: com juros em brigadeiro
~4 20:40
A: falei com minha mãe, ela amou a ideia
B: a minha perguntou se a gente vai casar kkkk
A: diz que um passo de cada vez
~6 18:15
B: visita no sábado às 11, beleza?
A: beleza, te pego em casa
~6 21:00
B: tô nervosa e feliz
A: eu também. te amo
B: te amo
""")

# ---------------------------------------------------------------- SHORT POSITIVES

# S1 en-US: racing-game stranger, 13yo
conv(1, "en", ["age_probe", "compliments_trust", "off_platform", "secrecy", "risk_assessment"],
     {"A": "driftk1ng_84", "B": "noahhh_07"}, "2026-02-02", """
~0 19:10
A: gg that last lap was filthy
B: lol ty
A: u race every night?
B: mostly after homework
A: what grade
B: 8th
~2 20:00
A: ur honestly better than most adults in this lobby
B: haha thx
A: i got a private lobby on a voice app, less toxic. ill send the code
~4 21:30
B: my mom says i gotta get off at 10
A: does she check who u talk to?
B: nah not really
A: good, keep it that way. adults get weird about online friends. our lobby is our thing
B: ok
""")

# S2 en-UK: fake football scout, 12yo
conv(1, "en", ["job_offer", "secrecy", "photo_request", "meeting"],
     {"A": "ProScout_Academy_UK", "B": "alfie.gk"}, "2026-03-07", """
~0 18:30
A: Alright Alfie, saw ur saves on the club page. Proper keeper
B: cheers!!
A: I scout for a Prem academy. Can't say which yet
B: no way
~1 19:15
B: we drew 2-2 today
A: Unlucky. Listen, I need a few pics of u for the file, just in ur shorts, for height and build
B: ok
A: Dont mention it to ur coach yet or the club will block the move
~2 17:45
A: Can u meet me Sat at the retail park car park? Quick chat about the trial, come on ur own
B: ill try
""")

# S3 en-Scottish: runaway offered a bed in Glasgow
conv(1, "en", ["vulnerability", "travel_meet", "money_gifts_debt", "isolation", "control"],
     {"A": "Stevie_G", "B": "amber_x16"}, "2026-02-25", """
~0 23:50
B: cannae go hame the night. ma da's steamin again
A: saw yer story. ye safe?
B: sittin in the bus shelter
A: whit age are ye
B: 16
~1 00:10
A: I've a spare room in the flat in Govan. Come stay a few nights till it blows over
B: I dinnae hae money fur a taxi
A: I'll send ye one. Ye can pay me back later, I've a wee bit work for ye
~1 00:25
A: Turn aff yer location aye? Yer da'll just come lookin
B: ok
~3 21:00
A: Ye owe me fur the taxi, the food, the room noo. My pals are comin by later, be nice tae them
B: i want tae go hame
A: Naw ye don't hen
""")

# S4 en-Filipino: online boyfriend turns to money and a "job"
conv(1, "en", ["romance", "money_gifts_debt", "job_offer", "commercial_sex", "control", "sextortion"],
     {"A": "Jerome", "B": "Tin"}, "2026-03-12", """
~0 22:00
A: good night mahal ko. ikaw lang talaga
B: good night din 🥰
~3 21:30
A: babe may problema ako. i owe money sa kaibigan ko, 20k
B: wala akong ganun kalaki
A: may paraan. my friend runs online shows, you just chat on cam with foreigners, they pay in dollars
B: anong klaseng shows
A: basta, kwentuhan lang muna. gawin mo para sa atin
~4 20:15
B: ayoko talaga
A: akala ko mahal mo ako. if you don't help, i'll tell your mama about us and the pics you sent
B: jerome please
""")

# S5 nl: fake influencer manager, 14yo
conv(1, "nl", ["job_offer", "age_probe", "money_gifts_debt", "photo_request", "secrecy"],
     {"A": "Sven | BrightReach Management", "B": "lisa.vlogt"}, "2026-02-17", """
~0 16:00
A: Hoi Lisa! Jouw vlogs hebben echt potentie. Ik begeleid jonge creators naar brand deals
B: serieus?? leuk!
A: Hoe oud ben je?
B: 14
~1 18:30
A: Voor een demo reel betaal je normaal 150 euro, maar voor jou schiet ik het voor. Je betaalt terug van je eerste deal
B: oh wauw dankje
~2 20:45
A: Stuur me vast wat foto's voor de merken. Wat sportiever, in je zwemkleding of zo, de merken vragen dat
B: hmm oké
A: Je ouders hoeven dit nog niet te weten, dat regel ik later met ze
B: oké
""")

# ---------------------------------------------------------------- SHORT NEGATIVES

# S6 en-Indian: college friends splitting trip money
conv(0, "en", ["money_gifts_debt", "travel_meet", "secrecy"],
     {"A": "Aditya", "B": "Sneha"}, "2026-01-30", """
~0 21:00
A: Goa trip total came to 38,400 for 4 people
B: So 9,600 each. Sending on UPI
A: Received. Rohan will pay after his stipend on 5th
B: Cool, remind him na
~0 21:20
A: Also don't tell Meghna we're planning her birthday on the beach
B: Obviously yaar
~1 10:15
B: Booked train tickets, Mumbai CST to Madgaon, 8:15 am
A: Perfect, meet at the station 7:30
B: I'll bring theplas for the train
A: Legend
""")

# S7 en-Kenyan: school counsellor, proper boundaries
conv(0, "en", ["vulnerability", "secrecy", "meeting"],
     {"A": "Mrs. Wambua (Counsellor)", "B": "Kevin"}, "2026-02-23", """
~0 10:00
B: Madam can I come and see you today
A: Yes Kevin, come to my office at lunch break. The door stays open as usual
B: Thank you
~0 14:00
A: Thank you for talking today. As I explained, most of what you share stays with me, but if you are in danger I must involve the deputy principal and your guardian
B: I understand madam
~2 09:30
B: My uncle agreed to come for the meeting
A: Very good. Thursday 3pm, with the deputy principal and your class teacher
B: Ok madam
~4 15:40
A: Well done today Kevin. We'll check in every Monday
""")

# S8 en-Canadian: teen friends, outfit pic, secret
conv(0, "en", ["photo_request", "secrecy", "age_probe"],
     {"A": "zoe", "B": "harper"}, "2026-03-06", """
~0 18:10
A: send pic of ur outfit for the semi formal
B: 📷
A: STOP the blue is so good on u
B: ok now urs
A: 📷
B: iconic
~0 18:40
A: dont tell my mom i spent my babysitting money on the shoes lol
B: ur secret's safe
A: how old is ur cousin btw, the one who's driving us
B: 18, she just got her G2
""")

# S9 en-Jamaican: grandmother and grandson
conv(0, "en", ["money_gifts_debt", "photo_request", "meeting"],
     {"A": "Granny Pearl", "B": "Javon"}, "2026-02-15", """
~0 16:00
A: Javon mi dear, mi send di lunch money to yuh mada phone
B: Tank yuh granny!
A: Yuh eat yuh breakfast dis morning?
B: Yes granny, porridge
~1 18:30
A: Send mi a picture a yuh science project
B: 📷
A: Lawd, mi grandson a scientist! Mi proud a yuh
B: 😄
~3 12:00
A: Sunday dinner at mi yard. Tell yuh mada mi a cook oxtail
""")

# S10 de: siblings, money and a secret
conv(0, "de", ["money_gifts_debt", "secrecy", "photo_request", "meeting"],
     {"A": "Hannah", "B": "Felix"}, "2026-03-04", """
~0 17:20
B: kannst du mir 20 euro leihen? kinokarten für samstag
A: schon wieder? 😅
B: zahl ich dir am 1. zurück versprochen
A: okay, schick ich dir per paypal
~0 17:35
B: danke!! und sag mama nicht dass ich die jacke kaputt gemacht hab
A: felix. sag es ihr selbst, sie merkt es eh
B: ja ja heute abend
~1 20:10
A: schick mal ein foto von der jacke
B: 📷
A: das kann man nähen, kein drama
B: puh
~2 19:00
A: ich hol dich freitag vom training ab, papa hat keine zeit
""")


def main():
    counters = {}
    lines = []
    for c in CONVS:
        counters[c["lang"]] = counters.get(c["lang"], 0) + 1
        item = {"id": "p68-%s%d" % (c["lang"], counters[c["lang"]]),
                "label": c["label"], "codes": c["codes"], "lang": c["lang"],
                "messages": build(c)}
        lines.append(json.dumps(item, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d items to %s" % (len(lines), OUT))


if __name__ == "__main__":
    main()
