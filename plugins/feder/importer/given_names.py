"""Given names common among German- and English-speaking authors, to tell a name from a heading.

`Anna Berger` at the end of a post is a byline; `Digitale Transformation` has the same
shape but no given name. The list only makes the importer surer; a name missing from
it is still recognised where it stands like a byline (see `bylines`).
"""
from __future__ import annotations

GIVEN_NAMES = frozenset("""
alexander andreas axel benjamin bernd bernhard björn bjoern christian christoph daniel david dennis dieter dirk
dominik florian frank georg gerhard günter guenter hans hannes harald heiko heinz helmut holger jan jens joachim
jochen johannes jonas jörg joerg josef jürgen juergen kai karl karsten klaus konrad lars lukas manfred marc marcel
marco mario markus martin matthias max maximilian michael moritz niklas nils norbert olaf oliver patrick paul peter
philipp rainer ralf reinhard rené rene robert roland rolf rüdiger sascha sebastian simon stefan steffen stephan sven
thomas thorsten tim tobias torsten uwe volker walter werner wolfgang fabian felix finn hendrik ingo jakob julian
kevin leon lutz marius mathias nico timo ulrich wilhelm friedrich erik eric tom till bastian carsten detlef egon
ernst gregor gunnar hartmut henning horst jannik jürgen kurt lothar ludwig malte mirko nikolai ole otto reiner
sören soeren thilo ulf urs vincent jens-uwe hans-peter karl-heinz hans-jürgen
andrea angelika anja anke anna annette antje barbara bettina birgit brigitte carina carolin caroline christiane
christina claudia cornelia daniela doris elke elisabeth eva franziska gabriele heike helga ines ingrid iris jana
jasmin jennifer jessica johanna julia juliane karin katharina kathrin katja katrin kerstin kristina laura lea lena
lisa maria marina marion martina melanie monika nadine natalie nicole nina petra renate sabine sabrina sandra sarah
silke simone sonja stefanie stephanie susanne svenja tanja ulrike ursula ute vanessa verena yvonne marie sophie
hannah emma mia leonie charlotte luisa miriam tina nora ina inga frauke wiebke birte maren meike dagmar gisela
hanna jutta regina rita ruth sigrid sylvia silvia tamara theresa annika friederike henrike imke mareike merle
james john william joseph charles christopher matthew anthony mark donald steven andrew joshua kenneth brian
george timothy ronald edward jason jeffrey ryan jacob gary nicholas jonathan stephen larry justin scott brandon
samuel gregory raymond jack jerry tyler aaron adam nathan henry zachary douglas harold kyle noah carl arthur gerald
roger keith jeremy lawrence terry sean albert joe ethan austin jesse bryan bruce jordan ralph roy alan wayne eugene
juan gabriel louis russell randy philip logan bobby harry johnny howard ian luke mike chris dan dave jim bob bill
steve tony nick matt ben sam alex josh liam oscar
mary patricia linda elizabeth susan karen nancy betty margaret ashley kimberly emily donna michelle carol amanda
dorothy melissa deborah rebecca sharon cynthia kathleen amy angela shirley brenda pamela helen samantha katherine
christine debra rachel carolyn janet catherine heather diane julie olivia joyce virginia victoria kelly lauren joan
evelyn judith megan cheryl jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail
alice judy sophia grace denise amber marilyn danielle beverly isabella diana brittany kayla alexis lori kate jane
lucy claire ellie liz sue emily chloe zoe
ahmet mehmet ali fatma ayse ayşe elif emre can murat mustafa hakan yusuf piotr katarzyna agnieszka tomasz marta
ivan olga natalia sergej dmitri elena irina
""".split())
